package org.parley.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Without {@code parley.totp.key}, TOTP secrets are still encrypted, with a key made once
 * beside the data, readable by its owner only, and read again after a restart.
 */
class TotpKeyFileTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@TempDir
	Path dataDir;

	@Test
	void aKeyIsMadeOnceBesideTheDataForItsOwnerOnly() throws Exception {
		Path file = this.dataDir.resolve("totp.key");
		String made = TotpKeyFile.of(file);
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(made).hasSize(43);
		assertThat(TotpKeyFile.of(file)).as("the same key at the next start").isEqualTo(made);
		try (var files = Files.list(this.dataDir)) {
			assertThat(files).as("nothing left beside it").containsExactly(file);
		}
	}

	@Test
	void aSecretSealedWithTheKeyFileOpensAfterARestartAndIsNotStoredPlain() {
		Path file = this.dataDir.resolve("totp.key");
		String stored = new TotpSecretCipher("", file).seal(SECRET);
		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
		TotpSecretCipher restarted = new TotpSecretCipher("", file);
		assertThat(restarted.open(stored)).isEqualTo(SECRET);
		assertThat(new TotpSecretCipher(TotpKeyFile.of(file), "").open(stored))
			.as("the file's text works as parley.totp.key")
			.isEqualTo(SECRET);
	}

	@Test
	void theConfiguredKeyWinsAndAnotherKeyCannotOpenTheSecrets() {
		Path file = this.dataDir.resolve("totp.key");
		String stored = new TotpSecretCipher("a configured passphrase", file).seal(SECRET);
		assertThat(file).as("no key file while a key is configured").doesNotExist();
		assertThatIllegalStateException().isThrownBy(() -> new TotpSecretCipher("", file).open(stored))
			.withMessageContaining("the key file " + file.toAbsolutePath());
	}

	@Test
	void aDamagedKeyFileStopsTheStart() throws Exception {
		Path file = this.dataDir.resolve("totp.key");
		Files.writeString(file, "short\n");
		assertThatIllegalStateException().isThrownBy(() -> TotpKeyFile.of(file)).withMessageContaining("is damaged");
	}

}
