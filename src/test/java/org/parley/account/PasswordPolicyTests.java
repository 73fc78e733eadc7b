package org.parley.account;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(this.policy.check("short-pass1")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check("")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check(null)).contains(PasswordPolicy.Violation.TOO_SHORT);
	}

	@Test
	void acceptsTwelveToOneHundredTwentyEightCharactersWithoutCompositionRules() {
		assertThat(this.policy.check("blue kettle!")).isEmpty();
		assertThat(this.policy.check("abcdefghijkz")).isEmpty();
		assertThat(this.policy.check("x".repeat(127) + "y")).isEmpty();
		assertThat(this.policy.accepts("all lower case words here")).isTrue();
	}

	@Test
	void refusesMoreThanOneHundredTwentyEightCharacters() {
		assertThat(this.policy.check("xy".repeat(64) + "z")).contains(PasswordPolicy.Violation.TOO_LONG);
	}

	@Test
	void countsCodePointsNotUtf16Units() {
		// Each of these is one code point but two UTF-16 units.
		assertThat(this.policy.check("🔑🗝🔒🔓🛡🔐🧩🎲🎯🎹🎻🥁")).isEmpty();
		assertThat(this.policy.check("🔑🗝🔒🔓🛡🔐🧩🎲🎯🎹🎻")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check("🔑".repeat(128))).isEmpty();
		assertThat(this.policy.check("🔑".repeat(129))).contains(PasswordPolicy.Violation.TOO_LONG);
	}

	@Test
	void refusesCommonPasswordsIgnoringCase() {
		assertThat(this.policy.check("password1234")).contains(PasswordPolicy.Violation.COMMON);
		assertThat(this.policy.check("Password1234")).contains(PasswordPolicy.Violation.COMMON);
		assertThat(this.policy.check("QWERTY123456")).contains(PasswordPolicy.Violation.COMMON);
		assertThat(this.policy.check("123456789012")).contains(PasswordPolicy.Violation.COMMON);
		assertThat(this.policy.check("ParleyPassword")).contains(PasswordPolicy.Violation.COMMON);
		assertThat(this.policy.check("1q2w3e4r5t6y")).contains(PasswordPolicy.Violation.COMMON);
	}

	@Test
	void bundlesThousandsOfCommonPasswords() {
		assertThat(this.policy.commonPasswordCount()).isGreaterThan(3_000);
	}

	@Test
	void acceptsThePasswordsTheTestsUse() {
		assertThat(this.policy.check(ParleyApplicationTest.ADMIN_PASSWORD)).isEmpty();
		assertThat(this.policy.check("packaged-test-admin-password")).isEmpty();
	}

}
