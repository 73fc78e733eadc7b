package org.parley.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked CSRF tokens, read from the {@code X-CSRF-TOKEN} header or the
 * form's body only. The servlet API's parameters mix the query string with the body, so a
 * token in an address would be accepted too; addresses end up in logs, proxies and
 * {@code Referer} headers, and a token found there must never let a request through. A
 * write whose token comes in the query string is refused (403) whatever else it carries.
 */
final class BodyOrHeaderCsrfTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.masked.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		if (request.getHeader(csrfToken.getHeaderName()) == null
				&& inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
			return null;
		}
		return this.masked.resolveCsrfTokenValue(request, csrfToken);
	}

	static boolean inQueryString(String query, String name) {
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = (equals < 0) ? pair : pair.substring(0, equals);
			if (name.equals(decoded(key))) {
				return true;
			}
		}
		return false;
	}

	private static String decoded(String key) {
		try {
			return URLDecoder.decode(key, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return key;
		}
	}

}
