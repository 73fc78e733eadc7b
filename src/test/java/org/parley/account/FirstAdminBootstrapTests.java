package org.parley.account;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class FirstAdminBootstrapTests {

	private final AccountRepository accounts = mock(AccountRepository.class);

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aConfiguredPasswordThePolicyRefusesStopsTheStartWithAClearMessage() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdminBootstrap(this.accounts, this.encoder, this.policy, "too-short"))
			.withMessageContaining("PARLEY_ADMIN_PASSWORD")
			.withMessageContaining("at least 12 characters");
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdminBootstrap(this.accounts, this.encoder, this.policy, "password1234"))
			.withMessageContaining("commonly used");
	}

	@Test
	void aConfiguredPasswordIsTheAdminsOwn() {
		given(this.accounts.count()).willReturn(0L);
		new FirstAdminBootstrap(this.accounts, this.encoder, this.policy, "a long configured secret")
			.run(new DefaultApplicationArguments());
		Account admin = saved();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.encoder.matches("a long configured secret", admin.getPasswordHash())).isTrue();
		assertThat(admin.isPasswordChangeRequired()).isFalse();
	}

	@Test
	void aGeneratedPasswordMustBeChangedAtTheFirstSignIn() {
		given(this.accounts.count()).willReturn(0L);
		new FirstAdminBootstrap(this.accounts, this.encoder, this.policy, "").run(new DefaultApplicationArguments());
		assertThat(saved().isPasswordChangeRequired()).isTrue();
	}

	private Account saved() {
		ArgumentCaptor<Account> captor = ArgumentCaptor.forClass(Account.class);
		then(this.accounts).should().saveAndFlush(captor.capture());
		return captor.getValue();
	}

}
