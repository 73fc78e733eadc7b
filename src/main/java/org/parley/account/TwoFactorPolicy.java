package org.parley.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which roles must use a second factor: {@code parley.two-factor.required-for=EDITOR}
 * means editors and admins (the role named and those above it); unset or {@code NONE}
 * means nobody. Can be changed while running.
 */
@Component
public class TwoFactorPolicy {

	private volatile Role requiredFrom;

	TwoFactorPolicy(@Value("${parley.two-factor.required-for:}") String requiredFor) {
		this.requiredFrom = parse(requiredFor);
	}

	private static Role parse(String setting) {
		String value = (setting != null) ? setting.strip().toUpperCase(Locale.ROOT) : "";
		if (value.isEmpty() || value.equals("NONE")) {
			return null;
		}
		try {
			return Role.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"parley.two-factor.required-for must be NONE, ANALYST, EDITOR or ADMIN, not '" + setting + "'");
		}
	}

	/** Whether an account of this role must sign in with a second factor. */
	public boolean isRequiredFor(Role role) {
		Role from = this.requiredFrom;
		return from != null && role.compareTo(from) >= 0;
	}

	/** The least role that must use a second factor, if any. */
	public Optional<Role> requiredFrom() {
		return Optional.ofNullable(this.requiredFrom);
	}

	/**
	 * Requires a second factor from this role upwards, or from nobody ({@code null}).
	 */
	public void requireFrom(Role role) {
		this.requiredFrom = role;
	}

}
