package org.parley.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in attempts in {@code sign_in_attempt}: recorded one by one, counted to decide
 * whether sign-in is paused for an account from an address. Kept in the database, so
 * every instance counts the same attempts. Attempts older than the retention are deleted
 * as new ones arrive.
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
	 * Whether sign-in is paused for this account from this address. Only the pair is
	 * paused: failures from elsewhere, or for other accounts, never keep an account's
	 * owner out (anyone can fail for the admin, and everyone behind one proxy shares an
	 * address). The pause begins at {@code maxFailures} failures since the pair's last
	 * success, lasts the window, and doubles with each failure after it.
	 */
	boolean isPaused(String username, String remoteAddress) {
		return pausedUntil(username, remoteAddress).isPresent();
	}

	/**
	 * When sign-in for this account from this address may be tried again, if it is paused
	 * now (see {@link #isPaused}).
	 */
	Optional<Instant> pausedUntil(String username, String remoteAddress) {
		Failures failures = this.jdbc.sql("""
				select count(*) as failures, max(a.attempted_at) as last from sign_in_attempt a
				where a.username = :username and a.remote_address = :address and not a.succeeded
				  and a.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
				    where s.username = :username and s.remote_address = :address and s.succeeded), '-infinity')
				""")
			.param("username", username(username))
			.param("address", address(remoteAddress))
			.query((rs, row) -> new Failures(rs.getLong("failures"),
					(rs.getTimestamp("last") != null) ? rs.getTimestamp("last").toInstant() : null))
			.single();
		if (failures.count() < this.properties.maxFailures()) {
			return Optional.empty();
		}
		long doublings = Math.min(failures.count() - this.properties.maxFailures(), 10);
		Duration pause = this.properties.window().multipliedBy(1L << doublings);
		Instant until = failures.last().plus(pause);
		return until.isAfter(now()) ? Optional.of(until) : Optional.empty();
	}

	/** Forgets the account's failures, from every address: an admin lets its owner in. */
	void unpause(String username) {
		this.jdbc.sql("delete from sign_in_attempt where username = :username and not succeeded")
			.param("username", username(username))
			.update();
	}

	private record Failures(long count, Instant last) {
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
