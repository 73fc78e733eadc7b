package org.parley.read.topics;

import java.time.LocalDate;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

/** A position stated on a proposal of a topic. */
public record TopicPosition(long id, long proposalId, String proposalTitle, String partyName, Stance stance,
		String condition, LocalDate statedOn, DatePrecision statedOnPrecision, Long speakerId, String speakerName,
		String quote) {
}
