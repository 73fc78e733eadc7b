package org.parley.read.positions;

import java.time.LocalDate;

import org.parley.position.Stance;
import org.parley.source.EvidenceFilter;

/**
 * Which positions an export holds; every part is optional.
 *
 * @param negotiation a negotiation's slug
 * @param proposal a proposal's id
 * @param party a party's id
 * @param round the id of the round a position was stated at
 * @param stance the stance
 * @param from the earliest date stated
 * @param to the latest date stated
 * @param evidence which positions pass by their evidence
 */
public record PositionFilter(String negotiation, Long proposal, Long party, Long round, Stance stance, LocalDate from,
		LocalDate to, EvidenceFilter evidence) {

	public PositionFilter {
		negotiation = (negotiation == null || negotiation.isBlank()) ? null : negotiation.strip();
		evidence = (evidence != null) ? evidence : EvidenceFilter.NONE;
	}

	/** Every position. */
	public static PositionFilter none() {
		return new PositionFilter(null, null, null, null, null, null, null, EvidenceFilter.NONE);
	}

}
