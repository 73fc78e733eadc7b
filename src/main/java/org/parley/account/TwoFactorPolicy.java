package org.parley.account;

import java.util.Locale;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which roles must use a second factor: {@code parley.two-factor.required-for=EDITOR}
 * means editors and admins (the role named and those above it); {@code NONE} means
 * nobody. Unset, it follows the database: admins on a configured one (a real deployment),
 * nobody on the embedded one a fresh machine starts (the first-run demo, whose sign-in
 * page says so). Can be changed while running.
 */
@Component
public class TwoFactorPolicy {

	private final boolean embeddedDatabase;

	private volatile Role requiredFrom;

	@Autowired
	TwoFactorPolicy(@Value("${parley.two-factor.required-for:}") String requiredFor,
			ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
		this(requiredFor, embeddedDatabase.getIfAvailable() != null);
	}

	/**
	 * @param requiredFor the setting, blank when unset
	 * @param embeddedDatabase whether Parley runs on the embedded database it started
	 */
	TwoFactorPolicy(String requiredFor, boolean embeddedDatabase) {
		this.embeddedDatabase = embeddedDatabase;
		this.requiredFrom = parse(requiredFor, embeddedDatabase ? null : Role.ADMIN);
	}

	private static Role parse(String setting, Role unset) {
		String value = (setting != null) ? setting.strip().toUpperCase(Locale.ROOT) : "";
		if (value.isEmpty()) {
			return unset;
		}
		if (value.equals("NONE")) {
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

	/**
	 * Whether the sign-in page says that a second factor is optional here, admins
	 * included: on the embedded demo database, while admins need none.
	 */
	public boolean isOptionalOnTheDemo() {
		return this.embeddedDatabase && !isRequiredFor(Role.ADMIN);
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
