package org.parley.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the JSON API says "sign in first" (401) and "not allowed" (403): an RFC 9457
 * problem detail, never a redirect to the sign-in page. The texts are fixed; nothing from
 * the exception reaches the client.
 */
final class ProblemResponses {

	static final String PROBLEM_JSON = "application/problem+json";

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> write(request, response, HttpStatus.UNAUTHORIZED,
				"Authentication is required to use this API. Sign in, or send valid credentials.", "Bearer");
	}

	static AccessDeniedHandler forbidden() {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) -> write(request,
				response, HttpStatus.FORBIDDEN,
				"You are not allowed to do this. A call made with a session also needs a valid CSRF token.", null);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			String challenge) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (challenge != null) {
			response.setHeader("WWW-Authenticate", challenge);
		}
		String body = "{\"type\":\"about:blank\",\"title\":" + json(status.getReasonPhrase()) + ",\"status\":"
				+ status.value() + ",\"detail\":" + json(detail) + ",\"instance\":" + json(request.getRequestURI())
				+ "}";
		response.getWriter().write(body);
	}

	/** A JSON string literal. */
	static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
