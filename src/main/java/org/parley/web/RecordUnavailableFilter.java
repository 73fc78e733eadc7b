package org.parley.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL does not answer (or a statement runs past {@code statement_timeout}),
 * every request gets a 503 at once with {@code Retry-After}: a page saying the record is
 * temporarily unavailable, or on the API an RFC 9457 problem detail. Outermost of all
 * filters, so a failure anywhere (the session store, security, a page, a save) is caught;
 * a save that fails this way was rolled back by its transaction.
 */
@Component
class RecordUnavailableFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(RecordUnavailableFilter.class);

	private final ITemplateEngine templates;

	private final JsonMapper json;

	RecordUnavailableFilter(ITemplateEngine templates, JsonMapper json) {
		this.templates = templates;
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseFailures.unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			response.reset();
			// Reset took the security headers Spring Security had set: the page keeps its
			// own.
			response.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'; "
					+ "frame-ancestors 'none'; form-action 'self'");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
			if (FilterProblems.wanted(request)) {
				problem(response);
			}
			else {
				page(request, response);
			}
		}
	}

	private void problem(HttpServletResponse response) throws IOException {
		FilterProblems.write(response, this.json,
				ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.UNAVAILABLE));
	}

	private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = request.getLocale();
		Context context = new Context(locale);
		context.setVariable("retry", request.getRequestURI());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.templates.process("error/unavailable", context, response.getWriter());
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
