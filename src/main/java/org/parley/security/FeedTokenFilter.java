package org.parley.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.token.ApiTokens;
import org.parley.token.FeedTokens;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a feed reader, which cannot sign in, read an Atom feed ({@code GET …/*.atom}) with
 * its account's feed token in the address ({@code ?token=prl_feed_…}): signed in as the
 * account for that request only, no session made, and only on feed addresses, so the
 * token opens nothing else. An unknown or revoked token gets 401.
 */
class FeedTokenFilter extends OncePerRequestFilter {

	static final String PARAMETER = "token";

	private final FeedTokens tokens;

	FeedTokenFilter(FeedTokens tokens) {
		this.tokens = tokens;
	}

	static boolean isFeedWithToken(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod()) && request.getRequestURI().endsWith(".atom")
				&& request.getParameter(PARAMETER) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isFeedWithToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.Owner> owner = this.tokens.authenticate(request.getParameter(PARAMETER));
		if (owner.isEmpty()) {
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"The feed token is unknown or revoked: make a new one on your account's tokens page.", null);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null,
				List.of(new SimpleGrantedAuthority(owner.get().role().authority()))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
