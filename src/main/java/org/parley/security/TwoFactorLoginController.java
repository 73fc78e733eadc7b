package org.parley.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.account.AccountUserDetailsService;
import org.parley.account.TwoFactorService;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;

import org.parley.token.FeedLinks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /login/two-factor}: a half signed-in session gives a code from its authenticator
 * app, or a recovery code, and is then fully signed in under a new session id. Wrong
 * codes count as failed sign-ins for the brute-force pause. A session that is fully
 * signed in already, or not at all, has nothing to do here.
 */
@Controller
@RequestMapping(TwoFactorFilter.CODE_PAGE)
@PreAuthorize("isAuthenticated()")
class TwoFactorLoginController {

	private final TwoFactorService twoFactor;

	private final SignInAttempts attempts;

	private final AuditTrail audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requestCache = new ReturnAddresses(SecurityConfiguration.API);

	private final FeedLinks feedLinks;

	private final KnownDevices devices;

	TwoFactorLoginController(TwoFactorService twoFactor, SignInAttempts attempts, AuditTrail audit, FeedLinks feedLinks,
			KnownDevices devices) {
		this.feedLinks = feedLinks;
		this.devices = devices;
		this.twoFactor = twoFactor;
		this.attempts = attempts;
		this.audit = audit;
	}

	@GetMapping
	String form(Authentication authentication) {
		return isPending(authentication) ? "login-two-factor" : "redirect:/";
	}

	@PostMapping
	String verify(@RequestParam(name = "code", required = false) String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		if (!isPending(authentication)) {
			return "redirect:/";
		}
		String username = authentication.getName();
		String address = this.devices.where(authentication,
				(authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
						: request.getRemoteAddr());
		if (this.attempts.isPaused(username, address)) {
			return "redirect:" + TwoFactorFilter.CODE_PAGE + "?locked";
		}
		if (code == null || code.length() > 40 || !this.twoFactor.verify(username, code)) {
			this.attempts.record(username, address, false);
			this.audit.record(AuditAction.SIGN_IN_FAILED, "Account", null, Map.of(), "wrong second-factor code");
			return "redirect:" + TwoFactorFilter.CODE_PAGE + "?error";
		}
		this.attempts.record(username, address, true);
		this.devices.remember(request, response, username);
		signIn(authentication, request, response);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			this.requestCache.removeRequest(request, response);
			return "redirect:" + saved.getRedirectUrl();
		}
		return "redirect:/";
	}

	private static boolean isPending(Authentication authentication) {
		return authentication != null && TwoFactorFilter.has(authentication, TwoFactorFilter.PENDING)
				&& authentication.getPrincipal() instanceof UserDetails;
	}

	/** Fully signed in, with the account's own authorities, under a new session id. */
	private void signIn(Authentication pending, HttpServletRequest request, HttpServletResponse response) {
		UserDetails principal = (UserDetails) pending.getPrincipal();
		List<GrantedAuthority> authorities = principal.getAuthorities()
			.stream()
			.filter((authority) -> !AccountUserDetailsService.TWO_FACTOR_CODE_REQUIRED.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		full.setDetails(pending.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(context, request, response);
		this.feedLinks.signedIn(request, principal.getUsername());
	}

}
