package org.parley.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in attempts in {@code sign_in_attempt}: recorded one by one, counted to decide
 * whether sign-in is paused for an account or an address. Kept in the database, so every
 * instance counts the same attempts. Attempts older than the retention are deleted as new
 * ones arrive.
 */
@Component
class SignInAttempts {

	static final int MAX_USERNAME = 100;

	static final int MAX_ADDRESS = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInProperties properties;

	SignInAttempts(JdbcClient jdbc, Clock clock, SignInProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Whether sign-in is paused for this account or from this address: too many failures
	 * within the window. For the account, only failures since its last successful sign-in
	 * count.
	 */
	boolean isPaused(String username, String remoteAddress) {
		Timestamp since = Timestamp.from(now().minus(this.properties.window()));
		long forAccount = this.jdbc.sql("""
				select count(*) from sign_in_attempt a
				where a.username = :username and not a.succeeded and a.attempted_at > :since
				  and a.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
				    where s.username = :username and s.succeeded and s.attempted_at > :since), '-infinity')
				""").param("username", username(username)).param("since", since).query(Long.class).single();
		if (forAccount >= this.properties.maxFailures()) {
			return true;
		}
		long fromAddress = this.jdbc.sql("""
				select count(*) from sign_in_attempt
				where remote_address = :address and not succeeded and attempted_at > :since
				""").param("address", address(remoteAddress)).param("since", since).query(Long.class).single();
		return fromAddress >= this.properties.maxFailures();
	}

	void record(String username, String remoteAddress, boolean succeeded) {
		Instant now = now();
		this.jdbc.sql("delete from sign_in_attempt where attempted_at < :before")
			.param("before", Timestamp.from(now.minus(this.properties.retention())))
			.update();
		this.jdbc.sql("""
				insert into sign_in_attempt (username, remote_address, succeeded, attempted_at)
				values (:username, :address, :succeeded, :at)
				""")
			.param("username", username(username))
			.param("address", address(remoteAddress))
			.param("succeeded", succeeded)
			.param("at", Timestamp.from(now))
			.update();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** The form usernames are stored in (see {@code Account}), cut to the column. */
	static String username(String username) {
		String normalized = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (normalized.length() > MAX_USERNAME) ? normalized.substring(0, MAX_USERNAME) : normalized;
	}

	static String address(String remoteAddress) {
		String address = (remoteAddress != null) ? remoteAddress : "unknown";
		return (address.length() > MAX_ADDRESS) ? address.substring(0, MAX_ADDRESS) : address;
	}

}
