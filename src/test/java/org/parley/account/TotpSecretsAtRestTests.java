package org.parley.account;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Secrets an earlier version stored plain are encrypted at start-up and keep working; a
 * start with another key than the secrets were made with stops, saying why, rather than
 * failing every sign-in with a second factor.
 */
@ParleyApplicationTest
@Transactional
class TotpSecretsAtRestTests {

	private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TwoFactorService twoFactor;

	@Autowired
	TotpSecretsAtRest atRest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	EntityManager entityManager;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPlainSecretIsEncryptedAtStartUpAndStillSignsIn() {
		Account account = this.accounts
			.saveAndFlush(new Account("plain-secret", this.encoder.encode("a long enough passphrase"), Role.ANALYST));
		// As an earlier version stored it.
		account.enableTotp(SECRET, 0, List.of());
		this.accounts.flush();

		assertThat(this.atRest.sealPlainSecrets()).isEqualTo(1);
		this.entityManager.clear();
		String stored = this.jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class,
				account.getId());
		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
		assertThat(this.atRest.sealPlainSecrets()).as("sealed once").isZero();
		assertThat(this.twoFactor.secretOf("plain-secret")).isEqualTo(SECRET);
		this.clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS * 3));
		assertThat(this.twoFactor.verify("plain-secret", Totp.code(SECRET, this.clock.instant()))).isTrue();
	}

	@Test
	void secretsMadeWithAnotherKeyStopTheStart() {
		this.atRest.requireTheirKey();
		Account account = this.accounts
			.saveAndFlush(new Account("other-key", this.encoder.encode("a long enough passphrase"), Role.ANALYST));
		account.enableTotp(new TotpSecretCipher("another instance's key", "another key").seal(SECRET), 0, List.of());
		this.accounts.flush();
		assertThatIllegalStateException().isThrownBy(this.atRest::requireTheirKey)
			.withMessageContaining("encrypted with another key than the one from parley.totp.key");
	}

}
