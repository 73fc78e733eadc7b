package org.parley.read.positions;

import java.time.LocalDate;

import org.parley.position.Stance;

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
 */
public record PositionFilter(String negotiation, Long proposal, Long party, Long round, Stance stance, LocalDate from,
		LocalDate to) {

	public PositionFilter {
		negotiation = (negotiation == null || negotiation.isBlank()) ? null : negotiation.strip();
	}

	/** Every position. */
	public static PositionFilter none() {
		return new PositionFilter(null, null, null, null, null, null, null);
	}

}
