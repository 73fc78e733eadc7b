package org.parley.read.sources;

import java.time.LocalDate;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Bearing;

/**
 * One claim a report bears on: a round, a proposal, a party's position on a proposal, a
 * proposal's introduction at a round, or a proposal it first reported. Fields not used by
 * the kind are {@code null}.
 */
public record Claim(long citationId, Kind kind, Bearing bearing, Long roundId, String roundTitle, Long proposalId,
		String proposalTitle, Long positionId, String partyName, Stance stance, LocalDate statedOn,
		DatePrecision statedOnPrecision) {

	/** The page showing the claim. */
	public String href() {
		return switch (this.kind) {
			case ROUND, INTRODUCTION -> "/rounds/" + this.roundId;
			case PROPOSAL, FIRST_REPORT -> "/proposals/" + this.proposalId;
			case POSITION -> "/proposals/" + this.proposalId + "#position-" + this.positionId;
		};
	}

	/** What sort of claim. */
	public enum Kind {

		ROUND, PROPOSAL, POSITION, INTRODUCTION,

		/** The report a proposal was first reported in (its first-reported citation). */
		FIRST_REPORT

	}

}
