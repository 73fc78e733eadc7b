package org.parley.token;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.account.Account;
import org.parley.shared.BaseEntity;

/**
 * A personal API token: only its SHA-256 hash is kept, with a short prefix so its holder
 * can tell it apart. Works until it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "token_hash", nullable = false, length = 64, updatable = false)
	private String tokenHash;

	@Column(nullable = false, length = 20, updatable = false)
	private String prefix;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "last_used_at", insertable = false, updatable = false)
	private Instant lastUsedAt;

	protected ApiToken() {
		// for JPA
	}

	ApiToken(Account account, String name, String tokenHash, String prefix, Instant expiresAt) {
		this.account = Objects.requireNonNull(account, "account");
		String stripped = Objects.requireNonNull(name, "name").strip();
		if (stripped.isEmpty() || stripped.length() > 100) {
			throw new IllegalArgumentException("A token name is 1 to 100 characters");
		}
		this.name = stripped;
		this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
		this.prefix = Objects.requireNonNull(prefix, "prefix");
		this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
	}

	/** Stops the token working; revoking it again changes nothing. */
	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	/** Whether the token still works at this instant. */
	public boolean isActive(Instant at) {
		return this.revokedAt == null && at.isBefore(this.expiresAt);
	}

	public Account getAccount() {
		return this.account;
	}

	public String getName() {
		return this.name;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

}
