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
	 * Whether sign-in is paused for this account from this address or known browser
	 * ({@link KnownDevices#where}). The pair is paused at {@code maxFailures} failures
	 * since its last success, for the window, doubling with each failure after it. From
	 * anywhere but a known browser, the account is also paused, the same way, at
	 * {@code accountMaxFailures} failures from anywhere but its known browsers: guessing
	 * from rotating addresses stops there, while a browser its owner signed in from
	 * before is never kept out by anyone else's failures.
	 */
	boolean isPaused(String username, String remoteAddress) {
		return pausedUntil(username, remoteAddress).isPresent();
	}

	/**
	 * When sign-in for this account from this address may be tried again, if it is paused
	 * now (see {@link #isPaused}).
	 */
	Optional<Instant> pausedUntil(String username, String remoteAddress) {
		Optional<Instant> pair = pause(pairFailures(username, remoteAddress), this.properties.maxFailures());
		if (pair.isPresent() || address(remoteAddress).startsWith(KnownDevices.PREFIX)) {
			return pair;
		}
		return pause(accountFailures(username), this.properties.accountMaxFailures());
	}

	/**
	 * The account's failures from anywhere but its known browsers since its last success:
	 * guesses from many addresses pause sign-in from unknown browsers, never from known
	 * ones.
	 */
	private Failures accountFailures(String username) {
		return this.jdbc.sql("""
				select count(*) as failures, max(a.attempted_at) as last from sign_in_attempt a
				where a.username = :username and not a.succeeded and a.remote_address not like 'device:%'
				  and a.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
				    where s.username = :username and s.succeeded), '-infinity')
				""").param("username", username(username)).query(SignInAttempts::failures).single();
	}

	private Failures pairFailures(String username, String remoteAddress) {
		return this.jdbc.sql("""
				select count(*) as failures, max(a.attempted_at) as last from sign_in_attempt a
				where a.username = :username and a.remote_address = :address and not a.succeeded
				  and a.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
				    where s.username = :username and s.remote_address = :address and s.succeeded), '-infinity')
				""")
			.param("username", username(username))
			.param("address", address(remoteAddress))
			.query(SignInAttempts::failures)
			.single();
	}

	private static Failures failures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Failures(rs.getLong("failures"),
				(rs.getTimestamp("last") != null) ? rs.getTimestamp("last").toInstant() : null);
	}

	/**
	 * Paused from the last failure for the window, doubling with each failure past the
	 * most.
	 */
	private Optional<Instant> pause(Failures failures, int maxFailures) {
		if (failures.count() < maxFailures) {
			return Optional.empty();
		}
		long doublings = Math.min(failures.count() - maxFailures, 10);
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
