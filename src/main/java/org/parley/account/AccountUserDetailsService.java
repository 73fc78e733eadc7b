package org.parley.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against {@code app_user}. A disabled account is reported as disabled,
 * so Spring Security refuses it even with the right password. The single authority is
 * {@code ROLE_<role>}; the role hierarchy adds the lesser roles. An account whose
 * password was set by someone else also gets {@link #PASSWORD_CHANGE_REQUIRED}, which
 * keeps it on the change-password page until it has chosen its own.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

	/** The authority of a signed-in account that must change its password first. */
	public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	/**
	 * The authority of an account with a second factor: the password alone does not sign
	 * it in.
	 */
	public static final String TWO_FACTOR_CODE_REQUIRED = "TWO_FACTOR_CODE_REQUIRED";

	/**
	 * The authority of an account whose role must use a second factor and has none yet:
	 * it is kept on the enrolment page until it has one.
	 */
	public static final String TWO_FACTOR_ENROLMENT_REQUIRED = "TWO_FACTOR_ENROLMENT_REQUIRED";

	private final AccountRepository accounts;

	private final TwoFactorPolicy twoFactor;

	public AccountUserDetailsService(AccountRepository accounts, TwoFactorPolicy twoFactor) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		Account account = this.accounts.findByUsernameIgnoreCase(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		List<String> authorities = new ArrayList<>();
		authorities.add(account.getRole().authority());
		if (account.isPasswordChangeRequired()) {
			authorities.add(PASSWORD_CHANGE_REQUIRED);
		}
		if (account.isTotpEnabled()) {
			authorities.add(TWO_FACTOR_CODE_REQUIRED);
		}
		else if (this.twoFactor.isRequiredFor(account.getRole())) {
			authorities.add(TWO_FACTOR_ENROLMENT_REQUIRED);
		}
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(authorities.toArray(new String[0]))
			.disabled(!account.isEnabled())
			.build();
	}

}
