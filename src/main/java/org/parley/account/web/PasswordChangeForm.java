package org.parley.account.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** One's own new password, typed twice, with the current one as proof. */
public class PasswordChangeForm {

	@NotEmpty(message = "{account.password.current.required}")
	@Size(max = 512, message = "{password.policy.tooLong}")
	private String currentPassword;

	@NotEmpty(message = "{account.password.new.required}")
	@Size(max = 512, message = "{password.policy.tooLong}")
	private String newPassword;

	@NotEmpty(message = "{account.password.confirmation.required}")
	@Size(max = 512, message = "{password.policy.tooLong}")
	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
