package org.parley.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: enrolling an authenticator app, checking its codes (RFC 6238, one
 * step of tolerance either way, each step usable once), and recovery codes, which are
 * stored hashed and work once each.
 */
@Service
@Transactional
public class TwoFactorService {

	/** How many recovery codes an enrolment gives. */
	public static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Parley";

	private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final Pattern TOTP_CODE = Pattern.compile("\\d{6}");

	private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z0-9]{10}");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TwoFactorPolicy policy;

	private final Clock clock;

	private final TotpSecretCipher cipher;

	private final SecureRandom random = new SecureRandom();

	TwoFactorService(AccountRepository accounts, PasswordEncoder passwordEncoder, TwoFactorPolicy policy, Clock clock,
			TotpSecretCipher cipher) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.clock = clock;
		this.cipher = cipher;
	}

	/** A fresh random secret of 160 bits, in Base32. */
	public String newSecret() {
		byte[] key = new byte[20];
		this.random.nextBytes(key);
		return Base32.encode(key);
	}

	/** The address an authenticator app reads from the QR code. */
	public static String otpauthUri(String username, String secret) {
		return "otpauth://totp/" + ISSUER + ":" + username + "?secret=" + secret + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	/** The secret of an account's second factor, decrypted; for tests and tools. */
	@Transactional(readOnly = true)
	public String secretOf(String username) {
		return this.cipher.open(account(username).getTotpSecret());
	}

	@Transactional(readOnly = true)
	public boolean isEnabled(String username) {
		return account(username).isTotpEnabled();
	}

	/** Whether this account's role must use a second factor. */
	@Transactional(readOnly = true)
	public boolean isRequired(String username) {
		return this.policy.isRequiredFor(account(username).getRole());
	}

	/**
	 * Switches the second factor on once the holder shows a current code of the new
	 * secret.
	 * @return the recovery codes, to be shown once; empty if the code is wrong or a
	 * second factor is on already
	 */
	public Optional<List<String>> enable(String username, String secret, String code) {
		Account account = account(username);
		if (account.isTotpEnabled() || secret == null) {
			return Optional.empty();
		}
		Optional<Long> step = matchingStep(secret, normalize(code), Long.MIN_VALUE);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = recoveryCode();
			codes.add(recovery.substring(0, 5) + "-" + recovery.substring(5));
			hashes.add(this.passwordEncoder.encode(recovery));
		}
		account.enableTotp(this.cipher.seal(secret), step.get(), hashes);
		this.accounts.flush();
		return Optional.of(codes);
	}

	/**
	 * Checks the second factor at sign-in: a current code not used before, or an unused
	 * recovery code, which is then used up.
	 */
	public boolean verify(String username, String code) {
		Account account = this.accounts.findByUsernameIgnoreCase(username).orElse(null);
		if (account == null || !account.isEnabled() || !account.isTotpEnabled()) {
			return false;
		}
		return useCode(account, code);
	}

	/** How an attempt to switch the second factor off ended. */
	public enum Disabling {

		/** It is off (or was already). */
		DISABLED,

		/** The password was not the account's: the code was not looked at. */
		WRONG_PASSWORD,

		/**
		 * The password was right, the code neither current nor an unused recovery code.
		 */
		WRONG_CODE

	}

	/**
	 * Switches the second factor off, given the password and a current code (or an unused
	 * recovery code, for one who lost the app): both factors, as signing in takes.
	 * @throws IllegalStateException if the account's role must use a second factor
	 */
	public Disabling disable(String username, String password, String code) {
		Account account = account(username);
		if (this.policy.isRequiredFor(account.getRole())) {
			throw new IllegalStateException("A second factor is required for this role");
		}
		if (password == null || password.isEmpty()
				|| !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			return Disabling.WRONG_PASSWORD;
		}
		if (!account.isTotpEnabled()) {
			return Disabling.DISABLED;
		}
		if (!useCode(account, code)) {
			return Disabling.WRONG_CODE;
		}
		account.disableTotp();
		this.accounts.flush();
		return Disabling.DISABLED;
	}

	/** A current code not used before, or an unused recovery code, used up. */
	private boolean useCode(Account account, String code) {
		String normalized = normalize(code);
		if (TOTP_CODE.matcher(normalized).matches()) {
			Optional<Long> step = matchingStep(this.cipher.open(account.getTotpSecret()), normalized,
					account.getTotpLastStep());
			if (step.isPresent() && account.useTotpStep(step.get())) {
				this.accounts.flush();
				return true;
			}
			return false;
		}
		if (RECOVERY_CODE.matcher(normalized).matches()) {
			for (String hash : account.getRecoveryCodeHashes()) {
				if (this.passwordEncoder.matches(normalized, hash)) {
					account.useRecoveryCode(hash);
					this.accounts.flush();
					return true;
				}
			}
		}
		return false;
	}

	private Optional<Long> matchingStep(String secret, String code, long after) {
		if (!TOTP_CODE.matcher(code).matches()) {
			return Optional.empty();
		}
		byte[] key = Base32.decode(secret);
		long now = Totp.step(this.clock.instant());
		for (long step = now - 1; step <= now + 1; step++) {
			if (step > after && constantTimeEquals(Totp.code(key, step), code)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	private String recoveryCode() {
		StringBuilder code = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalize(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	private Account account(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountNotFoundException(username));
	}

}
