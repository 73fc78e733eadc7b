package org.parley.security;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without looking at the password: too many recent failures for the
 * account or from the address.
 */
public class SignInPausedException extends LockedException {

	SignInPausedException() {
		super("Too many failed sign-ins; sign-in is paused for a while");
	}

}
