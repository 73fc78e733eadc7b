package org.parley.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up: seals the TOTP secrets an earlier version stored plain (before secrets
 * were always encrypted), and stops the start if the stored secrets were encrypted with
 * another key than the one configured or kept in the key file, which would otherwise fail
 * every sign-in with a second factor. Several instances starting at once seal each secret
 * once.
 */
@Component
class TotpSecretsAtRest implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretsAtRest.class);

	private final JdbcClient jdbc;

	private final TotpSecretCipher cipher;

	TotpSecretsAtRest(JdbcClient jdbc, TotpSecretCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		requireTheirKey();
		int sealed = sealPlainSecrets();
		if (sealed > 0) {
			log.info("Encrypted {} TOTP secrets stored in plain text by an earlier version", sealed);
		}
	}

	/** Seals every plain secret; answers how many this call sealed. */
	int sealPlainSecrets() {
		List<Stored> plain = this.jdbc
			.sql("select id, totp_secret from app_user where totp_secret is not null and totp_secret not like 'v1:%'")
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("totp_secret")))
			.list();
		int sealed = 0;
		for (Stored stored : plain) {
			// Unless another instance sealed it meanwhile.
			sealed += this.jdbc.sql("update app_user set totp_secret = :sealed where id = :id and totp_secret = :plain")
				.param("sealed", this.cipher.seal(stored.secret()))
				.param("id", stored.id())
				.param("plain", stored.secret())
				.update();
		}
		return sealed;
	}

	/** Every sealed secret opens with this key, or the start stops saying why. */
	void requireTheirKey() {
		List<String> sealed = this.jdbc.sql("select totp_secret from app_user where totp_secret like 'v1:%'")
			.query(String.class)
			.list();
		long unreadable = sealed.stream().filter((stored) -> !opens(stored)).count();
		if (unreadable > 0) {
			throw new IllegalStateException(unreadable + " of the " + sealed.size() + " second factors in the "
					+ "database were encrypted with another key than the one from " + this.cipher.source()
					+ ": restore the key file they were made with, or set parley.totp.key (PARLEY_TOTP_KEY) to it");
		}
	}

	private boolean opens(String stored) {
		try {
			this.cipher.open(stored);
			return true;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return false;
		}
	}

	private record Stored(long id, String secret) {
	}

}
