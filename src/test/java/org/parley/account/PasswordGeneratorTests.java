package org.parley.account;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordGeneratorTests {

	private final PasswordGenerator generator = new PasswordGenerator();

	@Test
	void generatesPasswordsOfTheRequestedLengthFromTheUnambiguousAlphabet() {
		String password = this.generator.generate(20);
		assertThat(password).hasSize(20);
		assertThat(password.chars()).allMatch((c) -> PasswordGenerator.ALPHABET.indexOf(c) >= 0);
		assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
	}

	@Test
	void generatesDifferentPasswordsEachTime() {
		Set<String> passwords = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			passwords.add(this.generator.generate(20));
		}
		assertThat(passwords).hasSize(100);
	}

	@Test
	void refusesShortPasswords() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.generator.generate(8));
	}

}
