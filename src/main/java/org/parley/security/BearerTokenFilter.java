package org.parley.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.token.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer prl_…} as the token's
 * holder, with the holder's role, for this request only: nothing is stored in a session,
 * no session is created, and no sign-in event is published (an API call is not a sign-in
 * worth an audit entry). An unknown, expired or revoked token, or one whose account is
 * disabled, gets 401 with a problem detail.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final RequestMatcher matcher;

	private final ApiTokens tokens;

	BearerTokenFilter(RequestMatcher api, ApiTokens tokens) {
		this.matcher = new AndRequestMatcher(api, BearerTokenFilter::hasBearer);
		this.tokens = tokens;
	}

	/** API calls that carry a bearer token: they need no CSRF token. */
	RequestMatcher matcher() {
		return this.matcher;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.matcher.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
		Optional<ApiTokens.Owner> owner = this.tokens.authenticate(secret);
		if (owner.isEmpty()) {
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"The API token is unknown, expired or revoked.", "Bearer error=\"invalid_token\"");
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
				owner.get().username(), null, List.of(new SimpleGrantedAuthority(owner.get().role().authority())));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
