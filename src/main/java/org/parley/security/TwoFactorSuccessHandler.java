package org.parley.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.account.AccountSessions;
import org.parley.account.AccountUserDetailsService;

import org.parley.token.FeedLinks;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After the right password: an account with a second factor is only half signed in (its
 * one authority is {@link TwoFactorFilter#PENDING}, none of its role) and is sent for the
 * code; everyone else goes where they were going. Either way the session notes where the
 * sign-in came from, for the holder's list of sessions.
 */
class TwoFactorSuccessHandler implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final FeedLinks feedLinks;

	private final KnownDevices devices;

	TwoFactorSuccessHandler(RequestCache requestCache, FeedLinks feedLinks, KnownDevices devices) {
		this.delegate.setRequestCache(requestCache);
		this.feedLinks = feedLinks;
		this.devices = devices;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		// Kept through the second step: its session id changes, its attributes stay.
		AccountSessions.signedIn(request);
		if (!TwoFactorFilter.has(authentication, AccountUserDetailsService.TWO_FACTOR_CODE_REQUIRED)) {
			this.feedLinks.signedIn(request, authentication.getName());
			this.devices.remember(request, response, authentication.getName());
			this.delegate.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(
				authentication.getPrincipal(), null, List.of(new SimpleGrantedAuthority(TwoFactorFilter.PENDING)));
		pending.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(pending);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		response.sendRedirect(request.getContextPath() + TwoFactorFilter.CODE_PAGE);
	}

}
