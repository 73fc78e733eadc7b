package org.parley.token.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new personal API token: what it is for and how long it works. */
public class TokenForm {

	@NotBlank(message = "{tokens.name.required}")
	@Size(max = 100, message = "{tokens.name.tooLong}")
	private String name;

	@NotNull(message = "{tokens.days.range}")
	@Min(value = 1, message = "{tokens.days.range}")
	@Max(value = 365, message = "{tokens.days.range}")
	private Integer days = 90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

}
