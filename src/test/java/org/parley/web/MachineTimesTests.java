package org.parley.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's machine-readable times are whole seconds in UTC, as the HTML standard allows.
 */
class MachineTimesTests {

	@Test
	void aStoredTimestampLosesItsMicrosecondsAndReadsInUtc() {
		assertThat(MachineTimes.datetime(Instant.parse("2026-02-18T10:15:30.123456Z")))
			.isEqualTo("2026-02-18T10:15:30Z");
		assertThat(
				MachineTimes.datetime(OffsetDateTime.of(2026, 2, 18, 12, 15, 30, 999_999_000, ZoneOffset.ofHours(2))))
			.isEqualTo("2026-02-18T10:15:30Z");
	}

	@Test
	void aDayStaysADayAndNothingStaysNothing() {
		assertThat(MachineTimes.datetime(LocalDate.of(2026, 2, 17))).isEqualTo("2026-02-17");
		assertThat(MachineTimes.datetime(null)).isNull();
	}

}
