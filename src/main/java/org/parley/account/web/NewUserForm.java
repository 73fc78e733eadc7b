package org.parley.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.account.Role;

/**
 * A new account: username, role, and an initial password that may be left empty to have
 * one generated. The password policy is checked by the service.
 */
public class NewUserForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "\\s*[A-Za-z0-9._-]{2,100}\\s*", message = "{account.username.pattern}")
	private String username;

	@NotNull(message = "{account.role.required}")
	private Role role = Role.ANALYST;

	@Size(max = 512, message = "{password.policy.tooLong}")
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
