package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Browsers an account has fully signed in from, known by a random token in a long-lived
 * cookie ({@value #COOKIE}), stored only as its hash in {@code known_device}. Sign-in
 * from a known browser counts only that browser's own failures (OWASP's device cookies),
 * so neither guesses from rotating addresses nor a shared proxy address keep the owner of
 * an account out; the cookie alone signs no one in.
 */
@Component
class KnownDevices {

	static final String COOKIE = "PARLEY_DEVICE";

	/** How long a browser stays known without signing in again. */
	static final Duration LIFETIME = Duration.ofDays(365);

	/** What a known browser's attempts are counted under, in place of its address. */
	static final String PREFIX = "device:";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	KnownDevices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Where a sign-in attempt comes from, for counting its failures: the browser if the
	 * account knows it, otherwise the address.
	 */
	String where(Authentication authentication, String address) {
		if (authentication.getDetails() instanceof SignInDetails details && details.getDeviceHash() != null
				&& knows(details.getDeviceHash(), authentication.getName())) {
			return PREFIX + details.getDeviceHash().substring(0, 40);
		}
		return address;
	}

	/** Remembers this browser for the account just signed in, renewing its cookie. */
	void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		String token = token(request);
		if (token == null) {
			byte[] random = new byte[32];
			RANDOM.nextBytes(random);
			token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from known_device where last_used_at < :before")
			.param("before", Timestamp.from(now.minus(LIFETIME)))
			.update();
		this.jdbc.sql("""
				insert into known_device (username, token_hash, created_at, last_used_at)
				values (:username, :hash, :now, :now)
				on conflict on constraint known_device_token_username_uk do update set last_used_at = :now
				""")
			.param("username", SignInAttempts.username(username))
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.update();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, token)
			.path("/")
			.maxAge(LIFETIME)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private boolean knows(String hash, String username) {
		return this.jdbc.sql("""
				select exists (select 1 from known_device
				  where token_hash = :hash and username = :username and last_used_at > :since)
				""")
			.param("hash", hash)
			.param("username", SignInAttempts.username(username))
			.param("since", Timestamp.from(this.clock.instant().minus(LIFETIME)))
			.query(Boolean.class)
			.single();
	}

	/** The hash of the browser's device token, or {@code null} if it sends none. */
	static String deviceHash(HttpServletRequest request) {
		String token = token(request);
		return (token != null) ? hash(token) : null;
	}

	private static String token(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
