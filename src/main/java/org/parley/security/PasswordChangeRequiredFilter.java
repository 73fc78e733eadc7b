package org.parley.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.account.AccountUserDetailsService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Keeps an account whose password was set by someone else on the change-password page:
 * every other page redirects there, and the API answers 403, until it has chosen its own.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";

	private final RequestMatcher allowed = new OrRequestMatcher(pathPattern(CHANGE_PAGE), pathPattern("/logout"),
			pathPattern("/login"), pathPattern("/error"), pathPattern("/css/**"), pathPattern("/js/**"),
			pathPattern("/images/**"), pathPattern("/favicon.ico"), pathPattern("/actuator/health/**"));

	private final RequestMatcher api;

	PasswordChangeRequiredFilter(RequestMatcher api) {
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (mustChangePassword() && !this.allowed.matches(request)) {
			if (this.api.matches(request)) {
				ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
						"This account must change its password before using the API.", null);
			}
			else {
				response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mustChangePassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(
					(authority) -> AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
	}

}
