package org.parley.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.HttpSessionIdResolver;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The files served as they are from {@code static/} (stylesheets and scripts, the folders
 * {@code web.StaticFilesConfiguration} maps, and what browsers ask for unbidden): open to
 * everyone, and served without the session.
 * <p>
 * Spring Session looks a session up only when a request's session cookie names one, and
 * it asks an {@link HttpSessionIdResolver} for that; {@link #withoutSessions} answers "no
 * session cookie" for these paths, so a stylesheet sent with a signed-in user's cookie
 * costs no SQL (loading the session, then saving its last access time). The request still
 * passes the one security filter chain, which sees an anonymous visitor allowed to read
 * static files and writes the same headers as on every response. Nor does a static
 * response ever set or clear the session cookie: a session somehow begun while serving
 * one would never reach the browser, and the visitor's own cookie stays as it was.
 */
final class StaticFiles {

	/** The addresses of static files. */
	// The favicon and images too, though none is served: a browser asks for /favicon.ico
	// on its
	// own, and through the session that request became the page to return to after
	// signing in.
	static final List<String> PATHS = List.of("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.*");

	/** Requests for static files. */
	static final RequestMatcher REQUESTS = new OrRequestMatcher(
			PATHS.stream().map((path) -> (RequestMatcher) pathPattern(path)).toList());

	private StaticFiles() {
	}

	/**
	 * The session ids of a request as {@code sessions} finds them, except that requests
	 * for static files carry none and never set or expire one.
	 */
	static HttpSessionIdResolver withoutSessions(HttpSessionIdResolver sessions) {
		return new HttpSessionIdResolver() {

			@Override
			public List<String> resolveSessionIds(HttpServletRequest request) {
				return REQUESTS.matches(request) ? List.of() : sessions.resolveSessionIds(request);
			}

			@Override
			public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
				if (!REQUESTS.matches(request)) {
					sessions.setSessionId(request, response, sessionId);
				}
			}

			@Override
			public void expireSession(HttpServletRequest request, HttpServletResponse response) {
				if (!REQUESTS.matches(request)) {
					sessions.expireSession(request, response);
				}
			}

		};
	}

}
