package org.parley.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a write sent from another site's page, even with a valid CSRF token: a
 * {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} whose {@code Origin} (or,
 * without one, {@code Referer}) is not this application's own origin as the server sees
 * it (scheme, host and port; behind a proxy, as {@code server.forward-headers-strategy}
 * reports them), or that the browser marks {@code Sec-Fetch-Site: cross-site}. A request
 * naming no origin at all is let through to the CSRF check: old clients and privacy tools
 * send neither header. Calls with a bearer token carry no credential a browser adds by
 * itself and are not checked, as they need no CSRF token.
 */
final class SameOriginWrites extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final String DETAIL = "A write sent from another site’s page is refused.";

	private final RequestMatcher exempt;

	private final RequestMatcher api;

	SameOriginWrites(RequestMatcher exempt, RequestMatcher api) {
		this.exempt = exempt;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod()) || this.exempt.matches(request) || !crossOrigin(request)) {
			chain.doFilter(request, response);
		}
		else if (this.api.matches(request)) {
			ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, DETAIL, null);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	static boolean crossOrigin(HttpServletRequest request) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			origin = request.getHeader("Referer");
		}
		return origin != null && !sameOrigin(origin, request);
	}

	private static boolean sameOrigin(String address, HttpServletRequest request) {
		URI uri;
		try {
			uri = URI.create(address.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = (uri.getPort() != -1) ? uri.getPort() : defaultPort(scheme);
		return scheme.equalsIgnoreCase(request.getScheme()) && uri.getHost().equalsIgnoreCase(request.getServerName())
				&& port == request.getServerPort();
	}

	private static int defaultPort(String scheme) {
		return switch (scheme) {
			case "http" -> 80;
			case "https" -> 443;
			default -> -1;
		};
	}

}
