package org.parley.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where a CSRF token is kept: in the session when the visitor has one (everyone signed
 * in), otherwise in an HttpOnly, SameSite=Lax cookie. Kept in the session for everyone,
 * the sign-in form alone made a session row for each anonymous visit (300 views of
 * {@code /login}, 300 rows); the form's token is only a guard against signing someone in
 * as somebody else, and a cookie holds it as well (the double-submit pattern, with the
 * origin checked too: {@link SameOriginWrites}). At sign-in the cookie is cleared and
 * every later token lives in the new session; a session's token is never taken from the
 * cookie.
 */
final class SignInCsrfTokens implements CsrfTokenRepository {

	/** The cookie holding an anonymous visitor's token. */
	static final String COOKIE = "XSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SignInCsrfTokens() {
		this.cookies.setCookieName(COOKIE);
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			this.sessions.saveToken(null, request, response);
			if (hasCookie(request)) {
				this.cookies.saveToken(null, request, response);
			}
		}
		else if (hasSession(request)) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return hasSession(request) ? this.sessions.loadToken(request) : this.cookies.loadToken(request);
	}

	private static boolean hasSession(HttpServletRequest request) {
		return request.getSession(false) != null;
	}

	private static boolean hasCookie(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return cookie != null && !cookie.getValue().isEmpty();
	}

}
