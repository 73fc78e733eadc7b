package org.parley.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of the current list that keep its filters and sort. Used by the
 * pagination fragment as {@code @pageLinks.to(n)}, and by "Download CSV" as
 * {@code @pageLinks.export('/export/proposals.csv')}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		HttpServletRequest request = request();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
	}

	/**
	 * The CSV export at {@code path} with the current list's filters: the same query
	 * without the page, its size and the sort, which a download has no use for.
	 */
	public String export(String path) {
		HttpServletRequest request = request();
		try {
			return UriComponentsBuilder.fromPath(path)
				.query(request.getQueryString())
				.replaceQueryParam("page")
				.replaceQueryParam("size")
				.replaceQueryParam("sort")
				.replaceQueryParam("compare")
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			// A query not strictly encoded (?q=a=b): the download without filters, not a
			// 500.
			return path;
		}
	}

	/** This page's address, absolute, without its query: the record's permanent link. */
	public String permalink() {
		HttpServletRequest request = request();
		return ServletUriComponentsBuilder.fromContextPath(request)
			.path(request.getRequestURI().substring(request.getContextPath().length()))
			.build()
			.toUriString();
	}

	/**
	 * This page's address, absolute, with its query: what a printout of it shows (the
	 * matrix as of its date, the list as filtered), written in its footer.
	 */
	public String address() {
		HttpServletRequest request = request();
		String query = request.getQueryString();
		return permalink() + ((query != null) ? "?" + query : "");
	}

	/** Where the application is, absolute, without a trailing slash. */
	public String root() {
		HttpServletRequest request = request();
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
