package org.parley.account.web;

import jakarta.validation.constraints.NotNull;
import org.parley.account.Account;
import org.parley.account.Role;

/**
 * What an admin may change on an existing account: its role and whether it may sign in.
 */
public class UserForm {

	@NotNull(message = "{account.role.required}")
	private Role role;

	private boolean enabled;

	public static UserForm of(Account account) {
		UserForm form = new UserForm();
		form.role = account.getRole();
		form.enabled = account.isEnabled();
		return form;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
