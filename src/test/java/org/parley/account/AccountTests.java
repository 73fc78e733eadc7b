package org.parley.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTests {

	@Test
	void normalizesTheUsernameToLowerCase() {
		Account account = new Account("  Admin ", "{bcrypt}hash", Role.ADMIN);
		assertThat(account.getUsername()).isEqualTo("admin");
		assertThat(account.isEnabled()).isTrue();
	}

	@Test
	void refusesUsernamesTheDatabaseWouldRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Account("a", "{bcrypt}hash", Role.ANALYST));
		assertThatIllegalArgumentException().isThrownBy(() -> new Account("an alyst", "{bcrypt}hash", Role.ANALYST));
	}

	@Test
	void changesRolePasswordAndState() {
		Account account = new Account("editor", "{bcrypt}old", Role.EDITOR);
		account.assignRole(Role.ANALYST);
		account.changePassword("{bcrypt}new");
		account.disable();
		assertThat(account.getRole()).isEqualTo(Role.ANALYST);
		assertThat(account.getPasswordHash()).isEqualTo("{bcrypt}new");
		assertThat(account.isEnabled()).isFalse();
		assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
	}

	@Test
	void aPasswordSetBySomeoneElseMustBeChangedAndOnlyTheHolderClearsThat() {
		Account account = new Account("editor", "{bcrypt}first", Role.EDITOR);
		assertThat(account.isPasswordChangeRequired()).isFalse();
		account.resetPassword("{bcrypt}byAnAdmin");
		assertThat(account.isPasswordChangeRequired()).isTrue();
		account.changePassword("{bcrypt}mine");
		assertThat(account.isPasswordChangeRequired()).isFalse();
		assertThat(account.getPasswordHash()).isEqualTo("{bcrypt}mine");
	}

	@Test
	void anActiveAdminIsAnEnabledAdmin() {
		Account admin = new Account("boss", "{bcrypt}hash", Role.ADMIN);
		assertThat(admin.isActiveAdmin()).isTrue();
		admin.disable();
		assertThat(admin.isActiveAdmin()).isFalse();
		admin.enable();
		admin.assignRole(Role.EDITOR);
		assertThat(admin.isActiveAdmin()).isFalse();
	}

}
