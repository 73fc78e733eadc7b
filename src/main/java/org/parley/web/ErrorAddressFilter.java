package org.parley.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * {@code /error} is where the container renders errors, not a page: asked for directly,
 * it would answer 500 with status 999. It is not found, as any address without a page.
 */
@Component
class ErrorAddressFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// A forward from the container carries the error's status; a client's request
		// never does.
		String path = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
		return !path.equals(request.getContextPath() + "/error")
				|| request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
