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
 * Keeps a half signed-in session (right password, second factor still to come) on
 * {@code /login/two-factor}, and an account whose role must use a second factor but has
 * none on {@code /account/two-factor} until it has enrolled. The API answers 401 and 403
 * to them.
 */
class TwoFactorFilter extends OncePerRequestFilter {

	static final String CODE_PAGE = "/login/two-factor";

	static final String ENROLMENT_PAGE = "/account/two-factor";

	/** The only authority of a session that has given the password but not the code. */
	static final String PENDING = "TWO_FACTOR_PENDING";

	private static final RequestMatcher ALWAYS = new OrRequestMatcher(pathPattern("/logout"), pathPattern("/error"),
			pathPattern("/css/**"), pathPattern("/js/**"), pathPattern("/images/**"), pathPattern("/favicon.ico"),
			pathPattern("/actuator/health/**"));

	private static final RequestMatcher CODE = pathPattern(CODE_PAGE);

	private static final RequestMatcher ENROLMENT = new OrRequestMatcher(pathPattern(ENROLMENT_PAGE),
			pathPattern(ENROLMENT_PAGE + "/**"));

	private final RequestMatcher api;

	TwoFactorFilter(RequestMatcher api) {
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !ALWAYS.matches(request)) {
			if (has(authentication, PENDING) && !CODE.matches(request)) {
				if (this.api.matches(request)) {
					ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
							"Finish signing in with your second factor first.", null);
				}
				else {
					response.sendRedirect(request.getContextPath() + CODE_PAGE);
				}
				return;
			}
			if (has(authentication, AccountUserDetailsService.TWO_FACTOR_ENROLMENT_REQUIRED)
					&& !has(authentication, AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED)
					&& !ENROLMENT.matches(request)) {
				if (this.api.matches(request)) {
					ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
							"This account must set up a second factor before using the API.", null);
				}
				else {
					response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

}
