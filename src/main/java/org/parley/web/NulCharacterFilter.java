package org.parley.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters hold a NUL character (U+0000) with a 400 that names
 * the parameter, before anything reads them: PostgreSQL stores no NUL in text, so a form
 * field, a filter or the sign-in name holding one would otherwise end in a 500 or a value
 * saved differently from what was sent. JSON bodies are the API's: a NUL there is a data
 * exception the API's advice answers with 400.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter implements Ordered {

	private final JsonMapper json;

	NulCharacterFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refused = parameterWithNul(request);
		if (refused == null) {
			chain.doFilter(request, response);
			return;
		}
		String detail = "‘" + refused.replace("\u0000", "\\0")
				+ "’ holds a NUL character (U+0000), which the record cannot store: remove it and send again.";
		if (FilterProblems.wanted(request)) {
			FilterProblems.write(response, this.json, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
			return;
		}
		request.setAttribute(RefusalErrorAttributes.REFUSAL, detail);
		response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
	}

	private static String parameterWithNul(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\u0000') >= 0) {
				return parameter.getKey();
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

}
