package org.parley.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh installation can be signed in to: when there are no accounts at all,
 * creates {@code admin} with role ADMIN. The password comes from
 * {@code parley.admin-password} (environment variable {@code PARLEY_ADMIN_PASSWORD});
 * when that is unset a random one is generated and written to the log once, at WARN, and
 * must be changed at the first sign-in. Does nothing as soon as any account exists. A
 * configured password that the {@link PasswordPolicy} refuses stops the start-up, whether
 * or not it would be used, so a weak one is never left in the configuration unnoticed.
 */
@Component
public class FirstAdminBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	static final int GENERATED_PASSWORD_LENGTH = 20;

	private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordGenerator passwordGenerator;

	private final String configuredPassword;

	public FirstAdminBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			@Value("${parley.admin-password:}") String configuredPassword) {
		if (StringUtils.hasText(configuredPassword)) {
			policy.check(configuredPassword).ifPresent((violation) -> {
				throw new IllegalStateException("parley.admin-password (PARLEY_ADMIN_PASSWORD) is not acceptable: "
						+ violation.defaultMessage() + " Choose a password of " + PasswordPolicy.MIN_LENGTH + " to "
						+ PasswordPolicy.MAX_LENGTH + " characters that is not a common one, or leave it unset "
						+ "to have one generated.");
			});
		}
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordGenerator = new PasswordGenerator();
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? this.passwordGenerator.generate(GENERATED_PASSWORD_LENGTH)
				: this.configuredPassword;
		String hash = this.passwordEncoder.encode(password);
		Account admin = new Account(ADMIN_USERNAME, hash, Role.ADMIN);
		if (generated) {
			// Written to the log: only good for the first sign-in.
			admin.resetPassword(hash);
		}
		try {
			this.accounts.saveAndFlush(admin);
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance starting at the same moment created it first.
			log.info("The first administrator '{}' was created by another instance", ADMIN_USERNAME);
			return;
		}
		if (generated) {
			log.warn("No accounts existed, so the administrator account '{}' was created with the generated "
					+ "password: {}  (shown only this once; it must be changed at the first sign-in; or set PARLEY_ADMIN_PASSWORD "
					+ "before the first start)", ADMIN_USERNAME, password);
		}
		else {
			log.info("No accounts existed, so the administrator account '{}' was created with the password "
					+ "from parley.admin-password", ADMIN_USERNAME);
		}
	}

}
