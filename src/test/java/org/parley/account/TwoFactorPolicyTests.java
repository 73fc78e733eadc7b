package org.parley.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Who must use a second factor: unset, admins on a configured database and nobody on the
 * embedded demo (whose sign-in page says so); the setting overrides either.
 */
class TwoFactorPolicyTests {

	@Test
	void unsetOnAConfiguredDatabaseAdminsMustUseASecondFactor() {
		TwoFactorPolicy policy = new TwoFactorPolicy("", false);
		assertThat(policy.isRequiredFor(Role.ADMIN)).isTrue();
		assertThat(policy.isRequiredFor(Role.EDITOR)).isFalse();
		assertThat(policy.isRequiredFor(Role.ANALYST)).isFalse();
		assertThat(policy.isOptionalOnTheDemo()).isFalse();
		assertThat(new TwoFactorPolicy(null, false).requiredFrom()).contains(Role.ADMIN);
	}

	@Test
	void unsetOnTheEmbeddedDemoNobodyMustAndTheSignInPageSaysSo() {
		TwoFactorPolicy policy = new TwoFactorPolicy("", true);
		assertThat(policy.isRequiredFor(Role.ADMIN)).isFalse();
		assertThat(policy.requiredFrom()).isEmpty();
		assertThat(policy.isOptionalOnTheDemo()).isTrue();
	}

	@Test
	void theSettingOverridesTheDefaultEitherWay() {
		assertThat(new TwoFactorPolicy("NONE", false).isRequiredFor(Role.ADMIN)).isFalse();
		TwoFactorPolicy demoRequiringAdmins = new TwoFactorPolicy(" admin ", true);
		assertThat(demoRequiringAdmins.isRequiredFor(Role.ADMIN)).isTrue();
		assertThat(demoRequiringAdmins.isOptionalOnTheDemo()).as("not optional once required").isFalse();
		TwoFactorPolicy editors = new TwoFactorPolicy("EDITOR", false);
		assertThat(editors.isRequiredFor(Role.EDITOR)).isTrue();
		assertThat(editors.isRequiredFor(Role.ANALYST)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> new TwoFactorPolicy("admins", false))
			.withMessageContaining("NONE, ANALYST, EDITOR or ADMIN");
	}

}
