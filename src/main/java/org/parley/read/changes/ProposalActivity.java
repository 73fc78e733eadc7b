package org.parley.read.changes;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

/**
 * What a proposal's history shows beside its own versions: the positions recorded on it
 * and the rounds that discussed it, latest first, a bounded number of each.
 *
 * @param positions the latest positions
 * @param morePositions whether there are older ones not shown
 * @param rounds the latest rounds
 * @param moreRounds whether there are older ones not shown
 */
public record ProposalActivity(List<PositionLine> positions, boolean morePositions, List<RoundLine> rounds,
		boolean moreRounds) {

	/**
	 * A position on the proposal.
	 *
	 * @param id its id
	 * @param partyId its party's id
	 * @param partyName its party's name
	 * @param stance where the party stands
	 * @param statedOn when it was stated
	 * @param precision how exactly that date is known
	 */
	public record PositionLine(long id, long partyId, String partyName, Stance stance, LocalDate statedOn,
			DatePrecision precision) {

	}

	/**
	 * A round that discussed the proposal.
	 *
	 * @param id its id
	 * @param title its title
	 * @param startsOn its first day
	 * @param endsOn its last day, or {@code null}
	 */
	public record RoundLine(long id, String title, LocalDate startsOn, LocalDate endsOn) {

	}

}
