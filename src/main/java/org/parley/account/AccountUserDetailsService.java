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
 * {@code ROLE_<role>}; the role hierarchy adds the lesser roles.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

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
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.build();
	}

}
