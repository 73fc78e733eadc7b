package org.parley.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * {@code /actuator/prometheus} asked on the management port, when
 * {@code management.server.port} gives Spring Boot's actuator a port of its own: open to
 * a Prometheus scraper there, which can neither sign in nor hold a session. That port is
 * for the monitoring network only, never published; on the application's own port the
 * metrics stay the admins'. A request reached the management port when it comes through a
 * servlet context other than the application's.
 */
final class ManagementPort {

	private ManagementPort() {
	}

	/** Scrapes of the metrics on the management port. */
	static RequestMatcher scrapes(ServletContext application) {
		RequestMatcher prometheus = pathPattern("/actuator/prometheus");
		return (HttpServletRequest request) -> request.getServletContext() != application
				&& prometheus.matches(request);
	}

}
