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
 * when that is unset a random one is generated and written to the log once, at WARN. Does
 * nothing as soon as any account exists.
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

	public FirstAdminBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder,
			@Value("${parley.admin-password:}") String configuredPassword) {
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
		try {
			this.accounts.saveAndFlush(new Account(ADMIN_USERNAME, this.passwordEncoder.encode(password), Role.ADMIN));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance starting at the same moment created it first.
			log.info("The first administrator '{}' was created by another instance", ADMIN_USERNAME);
			return;
		}
		if (generated) {
			log.warn("No accounts existed, so the administrator account '{}' was created with the generated "
					+ "password: {}  (shown only this once; sign in and change it, or set PARLEY_ADMIN_PASSWORD "
					+ "before the first start)", ADMIN_USERNAME, password);
		}
		else {
			log.info("No accounts existed, so the administrator account '{}' was created with the password "
					+ "from parley.admin-password", ADMIN_USERNAME);
		}
	}

}
