package org.parley.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

	/** The Base32 TOTP secret, once a second factor is switched on. */
	@Column(name = "totp_secret", length = 200)
	private String totpSecret;

	@Column(name = "totp_enabled", nullable = false)
	private boolean totpEnabled;

	/** The last TOTP time step used to sign in: no code of it or before works again. */
	@Column(name = "totp_last_step", nullable = false)
	private long totpLastStep;

	/** Hashes of the recovery codes not yet used. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "recovery_code_hashes", nullable = false, columnDefinition = "text[]")
	private String[] recoveryCodeHashes = new String[0];

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

	/**
	 * Switches the second factor on.
	 * @param secret the Base32 secret the holder's authenticator app now holds
	 * @param confirmedStep the time step of the code the holder confirmed with (used up)
	 * @param recoveryHashes the hashes of fresh recovery codes
	 */
	public void enableTotp(String secret, long confirmedStep, List<String> recoveryHashes) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("A TOTP secret is required");
		}
		this.totpSecret = secret;
		this.totpEnabled = true;
		this.totpLastStep = confirmedStep;
		this.recoveryCodeHashes = recoveryHashes.toArray(new String[0]);
	}

	/** Switches the second factor off and forgets its secret and recovery codes. */
	public void disableTotp() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = 0;
		this.recoveryCodeHashes = new String[0];
	}

	/**
	 * Uses a TOTP time step to sign in.
	 * @return {@code false} if this step or a later one was used already
	 */
	public boolean useTotpStep(long step) {
		if (!this.totpEnabled || step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	/** Uses up a recovery code, given the hash it is stored as. */
	public void useRecoveryCode(String hash) {
		List<String> remaining = new ArrayList<>(Arrays.asList(this.recoveryCodeHashes));
		if (!remaining.remove(hash)) {
			throw new IllegalArgumentException("No such recovery code");
		}
		this.recoveryCodeHashes = remaining.toArray(new String[0]);
	}

	public String getTotpSecret() {
		return this.totpSecret;
	}

	public boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	public long getTotpLastStep() {
		return this.totpLastStep;
	}

	/** The hashes of the recovery codes not yet used. */
	public List<String> getRecoveryCodeHashes() {
		return List.of(this.recoveryCodeHashes);
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
