package org.parley.pagecache;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves a page read again from {@link RenderedPages} instead of rendering it anew, and
 * keeps each page it renders. Runs after every security filter, so only what the reader
 * may see is served to them, and keys each page by its reader: their name and roles and
 * their cookies, so a signed-in reader's pages are their session's own (its links, its
 * CSRF token), and anonymous readers without cookies share theirs. Only the pages of the
 * record are kept: never a form's answer, an API response, an export, a feed, an account
 * or admin page, or a page showing a one-off notice ("Saved").
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Where Spring MVC keeps the notices of a redirect, such as "Saved". */
	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final List<String> NEVER_KEPT = List.of("/api/", "/export/", "/admin", "/account", "/login",
			"/logout", "/actuator", "/v3/", "/swagger-ui", "/css/", "/js/", "/error");

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/** Decoded and normalised, so {@code /%61dmin} is {@code /admin} here too. */
	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final RenderedPages pages;

	PageCacheFilter(RenderedPages pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod())) {
			written(request, response, chain);
			return;
		}
		if (!"GET".equals(request.getMethod()) || !keptAddress(PATHS.getPathWithinApplication(request))
				|| notified(request)) {
			chain.doFilter(request, response);
			return;
		}
		servedOrRendered(request, response, chain);
	}

	/**
	 * A write: its transaction has committed when the chain returns, and a redirect (the
	 * usual answer, to the page it changed) is still held back by the server, so the next
	 * page reads the new generation; the database's notification follows, for every other
	 * instance and for an answer already sent. Signing in or out, and a write refused
	 * (4xx, 5xx: nothing was saved), change no page of the record.
	 */
	private void written(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		String path = PATHS.getPathWithinApplication(request);
		if (response.getStatus() < 400 && !path.startsWith("/login") && !path.startsWith("/logout")) {
			this.pages.recordChanged();
		}
	}

	private void servedOrRendered(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageKey key = key(request);
		RenderedPage kept = this.pages.page(key);
		if (kept != null) {
			kept.writeTo(request, response);
			return;
		}
		long generation = this.pages.generation();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (RenderedPage.keepable(rendering)) {
			this.pages.keep(key, RenderedPage.of(request, rendering, generation));
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * A page of the record: no file, feed or export (their names have a dot), no form
	 * answer.
	 */
	static boolean keptAddress(String path) {
		if (path.lastIndexOf('.') > path.lastIndexOf('/')) {
			return false;
		}
		return NEVER_KEPT.stream().noneMatch(path::startsWith);
	}

	/** Whether the page carries a one-off notice from the request before. */
	private static boolean notified(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> notices && !notices.isEmpty();
	}

	/**
	 * Who reads: their cookies (their session) and, as the security filters found them,
	 * their name and roles.
	 */
	private static String reader(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = (authentication != null) ? authentication.getName() + authentication.getAuthorities() : "";
		return who + "|" + request.getHeader(HttpHeaders.COOKIE);
	}

	/**
	 * The page's address as the reader asked for it, with the scheme, host and port:
	 * pages write their own absolute address (the permalink, the print footer), and a
	 * page made for another {@code Host} must never be served to anyone else.
	 */
	private static PageKey key(HttpServletRequest request) {
		String query = request.getQueryString();
		String address = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + ((query != null) ? "?" + query : "");
		return new PageKey(reader(request), address, String.valueOf(request.getHeader(HttpHeaders.ACCEPT)) + "|"
				+ String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
	}

}
