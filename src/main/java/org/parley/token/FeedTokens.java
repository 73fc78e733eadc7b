package org.parley.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.parley.account.AccountNotFoundException;
import org.parley.account.Role;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's feed token: the secret a feed reader puts in a feed's address
 * ({@code ?token=…}) to read the Atom feeds as that account, and nothing else. One per
 * account, made anew or revoked on the account's tokens page.
 */
@Component
public class FeedTokens {

	/** How every feed token begins. */
	public static final String PREFIX = "prl_feed_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FeedTokens(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The account's feed token, if it has one. */
	public Optional<String> of(String username) {
		return this.jdbc.sql("select feed_token from app_user where username = :username and feed_token is not null")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** A new feed token for the account; the one before stops working. */
	@Transactional
	public String renew(String username) {
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = account(username);
		this.jdbc.sql("update app_user set feed_token = :token where id = :id")
			.param("token", token)
			.param("id", id)
			.update();
		this.audit.record(AuditAction.TOKEN_CREATED, "FeedToken", id, Map.of(), username);
		return token;
	}

	/** The account's feed token stops working. */
	@Transactional
	public void revoke(String username) {
		long id = account(username);
		if (this.jdbc.sql("update app_user set feed_token = null where id = :id and feed_token is not null")
			.param("id", id)
			.update() > 0) {
			this.audit.record(AuditAction.TOKEN_REVOKED, "FeedToken", id, Map.of(), username);
		}
	}

	/** Whom a feed token reads as, if it is known and its account enabled. */
	public Optional<ApiTokens.Owner> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 64) {
			return Optional.empty();
		}
		return this.jdbc.sql("select username, role from app_user where feed_token = :token and enabled")
			.param("token", token)
			.query((rs, row) -> new ApiTokens.Owner(rs.getString("username"), Role.valueOf(rs.getString("role"))))
			.optional();
	}

	private long account(String username) {
		return this.jdbc.sql("select id from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new AccountNotFoundException(username));
	}

}
