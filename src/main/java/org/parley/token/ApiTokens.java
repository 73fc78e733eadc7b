package org.parley.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.account.Account;
import org.parley.account.AccountNotFoundException;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code prl_} and 32 random bytes in base64url, shown once at
 * creation; only their SHA-256 is stored (they are random enough that a slow hash adds
 * nothing). A token signs its holder in to the API with the holder's current role, until
 * it expires or is revoked, and never for a disabled account.
 */
@Service
@Transactional
public class ApiTokens {

	/**
	 * What every token starts with, so it can be recognised (e.g. by secret scanners).
	 */
	public static final String PREFIX = "prl_";

	public static final int MIN_DAYS = 1;

	public static final int MAX_DAYS = 365;

	private static final int SHOWN_PREFIX = PREFIX.length() + 6;

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new token and its secret, which is nowhere else and must be shown now. */
	public record Created(ApiToken token, String secret) {

		@Override
		public String toString() {
			return "Created[" + this.token + "]";
		}

	}

	/** Whom a token signs in. */
	public record Owner(String username, Role role) {

	}

	/**
	 * @param days how long the token works, {@value #MIN_DAYS} to {@value #MAX_DAYS}
	 */
	public Created create(String username, String name, int days) {
		if (days < MIN_DAYS || days > MAX_DAYS) {
			throw new IllegalArgumentException("A token works for 1 to 365 days");
		}
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountNotFoundException(username));
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = this.clock.instant().plus(Duration.ofDays(days));
		ApiToken token = this.tokens
			.saveAndFlush(new ApiToken(account, name, hash(secret), secret.substring(0, SHOWN_PREFIX), expires));
		return new Created(token, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(String username) {
		return this.tokens.findOwn(username);
	}

	/**
	 * @throws ApiTokenNotFoundException if the account has no token with this id
	 */
	public ApiToken revoke(String username, long id) {
		ApiToken token = this.tokens.findOwn(username, id).orElseThrow(() -> new ApiTokenNotFoundException(id));
		if (token.getRevokedAt() == null) {
			token.revoke(this.clock.instant());
			this.tokens.flush();
			this.audit.record(AuditAction.TOKEN_REVOKED, "ApiToken", token.getId(), Map.of(), token.getName());
		}
		return token;
	}

	/**
	 * Whom a token signs in, if it is known, unexpired, unrevoked and its account
	 * enabled; records when it was last used.
	 */
	public Optional<Owner> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<ApiToken> found = this.tokens.findByHash(hash(secret));
		if (found.isEmpty() || !found.get().isActive(now) || !found.get().getAccount().isEnabled()) {
			return Optional.empty();
		}
		ApiToken token = found.get();
		this.tokens.markUsed(token.getId(), now);
		return Optional.of(new Owner(token.getAccount().getUsername(), token.getAccount().getRole()));
	}

	/** The SHA-256 of a token, in hex: how it is stored. */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
