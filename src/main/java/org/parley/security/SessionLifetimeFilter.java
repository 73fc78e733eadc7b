package org.parley.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends any session older than the absolute lifetime (12 hours), however active it has
 * been; the idle timeout ({@code server.servlet.session.timeout}) ends quiet ones sooner.
 * Runs before the security context is read, so the request goes on as anonymous.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant created = Instant.ofEpochMilli(session.getCreationTime());
			if (!created.plus(this.lifetime).isAfter(this.clock.instant())) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
