package org.parley.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChecksTests {

	@Test
	void slugsFollowTheSchemasFormat() {
		assertThat(Checks.slug("geneva-2026-02")).isEqualTo("geneva-2026-02");
		assertThatIllegalArgumentException().isThrownBy(() -> Checks.slug("Geneva"));
		assertThatIllegalArgumentException().isThrownBy(() -> Checks.slug("a--b"));
		assertThatIllegalArgumentException().isThrownBy(() -> Checks.slug("-a"));
	}

	@Test
	void blankOptionalValuesBecomeNull() {
		assertThat(Checks.optional("  ")).isNull();
		assertThat(Checks.countryCode("")).isNull();
		assertThat(Checks.httpUrl(null, "url")).isNull();
	}

	@Test
	void refusesMalformedCountryCodesAndUrls() {
		assertThatIllegalArgumentException().isThrownBy(() -> Checks.countryCode("ua"));
		assertThatIllegalArgumentException().isThrownBy(() -> Checks.httpUrl("ftp://x", "url"));
	}

}
