package org.parley.security;

import org.parley.account.AccountUserDetailsService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with brute-force protection: refuses at once while
 * sign-in is paused for the account from this address or browser (even with the right
 * password; see {@link SignInAttempts#isPaused}), otherwise asks the wrapped provider and
 * records the outcome.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final SignInAttempts attempts;

	private final KnownDevices devices;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInAttempts attempts, KnownDevices devices) {
		this.delegate = delegate;
		this.attempts = attempts;
		this.devices = devices;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = this.devices.where(authentication, remoteAddress(authentication));
		if (this.attempts.isPaused(username, address)) {
			throw new SignInPausedException();
		}
		Authentication result;
		try {
			result = this.delegate.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.attempts.record(username, address, false);
			throw ex;
		}
		// With a second factor the password is only half a sign-in: its success is
		// recorded once the code is right, so the right password cannot reset the count
		// of wrong codes.
		if (result != null && !TwoFactorFilter.has(result, AccountUserDetailsService.TWO_FACTOR_CODE_REQUIRED)) {
			this.attempts.record(username, address, true);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication)
				&& this.delegate.supports(authentication);
	}

	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return null;
	}

}
