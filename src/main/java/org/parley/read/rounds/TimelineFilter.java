package org.parley.read.rounds;

import java.time.LocalDate;

import org.parley.round.RoundOutcome;

/**
 * What the rounds timeline is narrowed to; every part is optional. A round falls in the
 * date range when any of its days does.
 *
 * @param negotiation a negotiation's slug
 * @param party the slug of a party that took part
 * @param place part of the place's name, any case
 * @param outcome the outcome
 * @param from the earliest day
 * @param to the latest day
 */
public record TimelineFilter(String negotiation, String party, String place, RoundOutcome outcome, LocalDate from,
		LocalDate to) {

	public TimelineFilter {
		negotiation = blankToNull(negotiation);
		party = blankToNull(party);
		place = blankToNull(place);
	}

	/** Every round. */
	public static TimelineFilter none() {
		return new TimelineFilter(null, null, null, null, null, null);
	}

	public boolean isEmpty() {
		return this.negotiation == null && this.party == null && this.place == null && this.outcome == null
				&& this.from == null && this.to == null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
