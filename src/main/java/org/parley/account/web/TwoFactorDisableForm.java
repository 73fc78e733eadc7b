package org.parley.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Switching the second factor off: the password and a current code (or a recovery code),
 * both factors, as signing in takes.
 */
public class TwoFactorDisableForm {

	@NotEmpty(message = "{twoFactor.disable.password.required}")
	@Size(max = 512, message = "{password.policy.tooLong}")
	private String password;

	@NotBlank(message = "{twoFactor.disable.code.required}")
	@Size(max = 40, message = "{twoFactor.code.wrong}")
	private String code;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
