package org.parley.round;

import java.time.LocalDate;

/** What a timeline shows of a round. */
public record RoundSummary(Long id, Long negotiationId, String title, String place, LocalDate startsOn,
		LocalDate endsOn, RoundFormat format, RoundOutcome outcome) {
}
