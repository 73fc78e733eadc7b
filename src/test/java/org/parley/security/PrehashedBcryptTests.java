package org.parley.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every password the policy allows is hashed whole, however many bytes it takes, and the
 * passwords stored before still sign in.
 */
class PrehashedBcryptTests {

	private final PasswordEncoder encoder = PrehashedBcrypt.delegating();

	@Test
	void aPasswordOf128CyrillicLettersIsHashedAndMatched() {
		String password = "Переговори".repeat(12) + "Женева12";
		assertThat(password.codePointCount(0, password.length())).isEqualTo(128);
		String hash = this.encoder.encode(password);
		assertThat(hash).startsWith("{bcrypt-sha256}$2a$");
		assertThat(this.encoder.matches(password, hash)).isTrue();
	}

	@Test
	void passwordsThatDifferOnlyPastTheSeventySecondByteAreDifferentPasswords() {
		String common = "ж".repeat(40);
		String hash = this.encoder.encode(common + "first ending");
		assertThat(this.encoder.matches(common + "first ending", hash)).isTrue();
		assertThat(this.encoder.matches(common + "other ending", hash)).isFalse();
	}

	@Test
	void aPasswordStoredBeforeAsPlainBcryptStillMatches() {
		String stored = "{bcrypt}" + new BCryptPasswordEncoder().encode("journey-admin-password");
		assertThat(this.encoder.matches("journey-admin-password", stored)).isTrue();
		assertThat(this.encoder.matches("another password", stored)).isFalse();
		assertThat(this.encoder.upgradeEncoding(stored)).isTrue();
	}

}
