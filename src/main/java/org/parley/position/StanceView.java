package org.parley.position;

import java.time.LocalDate;

/**
 * Where one party stood on one proposal as of some date: the latest position stated by
 * then. Speaker fields are null when the report names no one.
 */
public record StanceView(long positionId, long proposalId, long partyId, String partyName, Stance stance,
		String condition, LocalDate statedOn, DatePrecision statedOnPrecision, Long speakerId, String speakerName,
		String speakerTitle, String quote) {
}
