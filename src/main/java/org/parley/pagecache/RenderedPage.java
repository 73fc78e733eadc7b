package org.parley.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One page as it was rendered: its bytes, content type, language and the headers its
 * handler set, the address pattern it answered, and the generation of the record it was
 * read from.
 */
record RenderedPage(byte[] body, String contentType, Locale locale, List<Header> headers, String pattern,
		long generation) {

	/** Headers each response makes for itself, never replayed. */
	private static final Set<String> OWN = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"content-encoding", "content-type", "content-language");

	record Header(String name, String value) {
	}

	static RenderedPage of(HttpServletRequest request, ContentCachingResponseWrapper response, long generation) {
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(response.getHeaderNames());
		List<Header> headers = new ArrayList<>();
		for (String name : names) {
			if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach((value) -> headers.add(new Header(name, value)));
			}
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return new RenderedPage(response.getContentAsByteArray(), response.getContentType(), response.getLocale(),
				List.copyOf(headers), (pattern != null) ? pattern.toString() : null, generation);
	}

	/**
	 * Whether {@code response}, just rendered, is a page like any other of its address.
	 */
	static boolean keepable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
	}

	int weight() {
		return this.body.length + 256;
	}

	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		present.addAll(response.getHeaderNames());
		for (Header header : this.headers) {
			if (!present.contains(header.name())) {
				response.addHeader(header.name(), header.value());
			}
		}
		// The request's metrics name the page's address pattern, as a rendered one does.
		if (this.pattern != null) {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setPathPattern(this.pattern));
		}
		response.setContentType(this.contentType);
		response.setLocale(this.locale);
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

}
