package org.parley.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;

/**
 * Someone who may sign in to Parley. Holds only a password hash, never the password.
 * Usernames are stored in lower case and are unique regardless of case.
 */
@Entity
@Table(name = "app_user")
public class Account extends BaseEntity {

	/** The rule the database enforces on usernames (see V16). */
	public static final Pattern USERNAME_PATTERN = Pattern.compile("^[a-z0-9._-]{2,100}$");

	@Column(nullable = false, length = 100)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	protected Account() {
		// for JPA
	}

	/**
	 * A new, enabled account.
	 * @param username the sign-in name; lower-cased, then checked against
	 * {@link #USERNAME_PATTERN}
	 * @param passwordHash the encoded password, as produced by a {@code PasswordEncoder}
	 * @param role what the account may do
	 */
	public Account(String username, String passwordHash, Role role) {
		this.username = normalizeUsername(username);
		this.passwordHash = requireHash(passwordHash);
		this.role = Objects.requireNonNull(role, "role");
	}

	/**
	 * The canonical form of a username: trimmed and in lower case.
	 * @throws IllegalArgumentException if the result is not a valid username
	 */
	public static String normalizeUsername(String username) {
		Objects.requireNonNull(username, "username");
		String normalized = username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME_PATTERN.matcher(normalized).matches()) {
			throw new IllegalArgumentException(
					"A username is 2 to 100 characters of a-z, 0-9, dot, underscore or hyphen");
		}
		return normalized;
	}

	private static String requireHash(String passwordHash) {
		if (passwordHash == null || passwordHash.isBlank()) {
			throw new IllegalArgumentException("A password hash is required");
		}
		return passwordHash;
	}

	/** The holder chose a new password: it is theirs, nothing more to change. */
	public void changePassword(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
		this.passwordChangeRequired = false;
	}

	/**
	 * Someone else (an admin, or the first start) set this password: the holder must
	 * choose their own at the next sign-in.
	 */
	public void resetPassword(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
		this.passwordChangeRequired = true;
	}

	public void assignRole(Role newRole) {
		this.role = Objects.requireNonNull(newRole, "role");
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	/** An enabled {@link Role#ADMIN}: one of those who can manage accounts. */
	public boolean isActiveAdmin() {
		return this.enabled && this.role == Role.ADMIN;
	}

	@Override
	public String toString() {
		return "Account[id=" + getId() + ", username=" + this.username + ", role=" + this.role + ", enabled="
				+ this.enabled + "]";
	}

}
