package org.parley.security;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a sign-in comes from: the address, as Spring Security notes it, and the hash of
 * the browser's device token ({@link KnownDevices}), if it sends one. Kept with a
 * half-signed-in session, so the second step counts its failures the same way.
 */
class SignInDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Builds the details of each sign-in request. */
	static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> SOURCE = SignInDetails::new;

	private final String deviceHash;

	SignInDetails(HttpServletRequest request) {
		super(request);
		this.deviceHash = KnownDevices.deviceHash(request);
	}

	String getDeviceHash() {
		return this.deviceHash;
	}

}
