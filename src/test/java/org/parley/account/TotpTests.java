package org.parley.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The TOTP algorithm against RFC 6238, Appendix B (SHA1), and Base32 (RFC 4648). */
class TotpTests {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectorsForSha1(long seconds, String expected) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_KEY, step)).isEqualTo(expected.substring(2));
	}

	@Test
	void aBase32SecretGivesTheSameCodes() {
		String secret = Base32.encode(RFC_KEY);
		assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
	}

	@Test
	void base32RoundTripsAndFollowsRfc4648() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(new String(Base32.decode("mzxw 6ytb-oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		byte[] bytes = new byte[37];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 37 + 11);
		}
		assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
		assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("ABC1"));
	}

}
