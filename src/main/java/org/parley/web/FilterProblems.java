package org.parley.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * How a filter, refusing a request before Spring MVC sees it, answers the API: with the
 * same RFC 9457 problem detail the controllers' advice sends.
 */
final class FilterProblems {

	private FilterProblems() {
	}

	/** Whether the caller reads problem details: the API, or a client asking for JSON. */
	static boolean wanted(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && (accept.contains(MediaType.APPLICATION_JSON_VALUE)
						|| accept.contains(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
	}

	static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
