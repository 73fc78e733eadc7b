package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The page a visitor was going to when sent to sign in, to return there after: kept in an
 * HttpOnly cookie (Spring Security's {@link CookieRequestCache}) rather than in a new
 * session, so a stranger's visit to a page makes no session row; and given back as a
 * path, never as an absolute address built from the request's {@code Host} header. Only
 * pages are worth returning to; API calls are not.
 */
final class ReturnAddresses implements RequestCache {

	private final CookieRequestCache cookies = new CookieRequestCache();

	ReturnAddresses(RequestMatcher api) {
		this.cookies.setRequestMatcher(new NegatedRequestMatcher(api));
		this.cookies.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		this.cookies.saveRequest(request, response);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.cookies.getRequest(request, response);
		return (saved != null) ? new SimpleSavedRequest(path(saved.getRedirectUrl())) : null;
	}

	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return this.cookies.getMatchingRequest(request, response);
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		this.cookies.removeRequest(request, response);
	}

	/** The path and query of an absolute address. */
	static String path(String address) {
		int authority = address.startsWith("/") ? -3 : address.indexOf("://");
		int path = address.indexOf('/', authority + 3);
		return (path < 0) ? "/" : address.substring(path);
	}

}
