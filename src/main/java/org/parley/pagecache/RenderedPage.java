package org.parley.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One page as it was rendered: its bytes, content type and the headers its handler set,
 * and the generation of the record it was read from.
 */
record RenderedPage(byte[] body, String contentType, List<Header> headers, long generation) {

	/** Headers each response makes for itself, never replayed. */
	private static final Set<String> OWN = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"content-encoding", "content-type");

	record Header(String name, String value) {
	}

	static RenderedPage of(ContentCachingResponseWrapper response, long generation) {
		List<Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach((value) -> headers.add(new Header(name, value)));
			}
		}
		return new RenderedPage(response.getContentAsByteArray(), response.getContentType(), List.copyOf(headers),
				generation);
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

	void writeTo(HttpServletResponse response) throws IOException {
		Set<String> present = Set.copyOf(response.getHeaderNames());
		for (Header header : this.headers) {
			if (!present.contains(header.name())) {
				response.addHeader(header.name(), header.value());
			}
		}
		response.setContentType(this.contentType);
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

}
