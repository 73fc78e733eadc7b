package org.parley.account;

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

	private final AccountRepository accounts;

	public AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		Account account = this.accounts.findByUsernameIgnoreCase(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.isPasswordChangeRequired()
					? new String[] { account.getRole().authority(), PASSWORD_CHANGE_REQUIRED }
					: new String[] { account.getRole().authority() })
			.disabled(!account.isEnabled())
			.build();
	}

}
