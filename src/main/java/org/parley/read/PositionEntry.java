package org.parley.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Evidence;

/**
 * One position as the party and person pages list it, with its evidence. Speaker fields
 * are null when the report names no one.
 */
public record PositionEntry(long id, long proposalId, String proposalTitle, long partyId, String partyName,
		Stance stance, String condition, LocalDate statedOn, DatePrecision statedOnPrecision, Long speakerId,
		String speakerName, String quote, String note, Evidence evidence, String argumentsJson,
		List<ArgumentView> arguments, List<ProposalRef> preconditionOf) {

	PositionEntry withEvidence(Evidence evidence, Map<Long, Evidence> argumentEvidence) {
		return new PositionEntry(this.id, this.proposalId, this.proposalTitle, this.partyId, this.partyName,
				this.stance, this.condition, this.statedOn, this.statedOnPrecision, this.speakerId, this.speakerName,
				this.quote, this.note, evidence, null,
				PositionArguments.arguments(this.argumentsJson, argumentEvidence), this.preconditionOf);
	}

}
