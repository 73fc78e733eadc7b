package org.parley.audit;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records each sign-in and each refused attempt. The actor of a refused attempt is the
 * username that was tried (it may not exist); the reason is recorded in words, never the
 * password.
 */
@Component
class SignInAuditor {

	private final AuditTrail trail;

	SignInAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		// Interactive sign-ins publish a second, more specific event for the same
		// sign-in.
		if (event.getClass() != AuthenticationSuccessEvent.class) {
			return;
		}
		Authentication authentication = event.getAuthentication();
		this.trail.record(AuditAction.SIGN_IN_SUCCEEDED, "Account", null, Map.of(), null,
				new Actor(authentication.getName(), address(authentication)));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		this.trail.record(AuditAction.SIGN_IN_FAILED, "Account", null, Map.of(), reason(event.getException()),
				new Actor(attempt.getName(), address(attempt)));
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return Actor.currentAddress();
	}

	static String reason(AuthenticationException exception) {
		if (exception instanceof BadCredentialsException) {
			return "wrong username or password";
		}
		if (exception instanceof DisabledException) {
			return "account disabled";
		}
		if (exception instanceof LockedException) {
			return "account locked";
		}
		if (exception instanceof AccountExpiredException) {
			return "account expired";
		}
		if (exception instanceof CredentialsExpiredException) {
			return "password expired";
		}
		return "refused (" + exception.getClass().getSimpleName() + ")";
	}

}
