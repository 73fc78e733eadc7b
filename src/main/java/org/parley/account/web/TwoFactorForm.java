package org.parley.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app, to switch the second factor on. */
public class TwoFactorForm {

	@NotBlank(message = "{twoFactor.code.required}")
	@Size(max = 512, message = "{twoFactor.code.wrong}")
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
