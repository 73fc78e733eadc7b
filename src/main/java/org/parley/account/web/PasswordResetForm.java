package org.parley.account.web;

import jakarta.validation.constraints.Size;

/**
 * A password an admin sets for someone else; empty to have one generated. Either way the
 * holder must change it at the next sign-in.
 */
public class PasswordResetForm {

	@Size(max = 512, message = "{password.policy.tooLong}")
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
