package org.parley.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something and from where. The address is the request's remote address; behind a
 * proxy, set {@code server.forward-headers-strategy} so it is the client's.
 *
 * @param name the username, or {@code null} for an anonymous visitor or the application
 * itself
 * @param address the remote IP address, or {@code null} outside a request
 */
record Actor(String name, String address) {

	/** The signed-in user of the current thread and the address of its request. */
	static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String name = (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) ? null : authentication.getName();
		return new Actor(name, currentAddress());
	}

	static String currentAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
