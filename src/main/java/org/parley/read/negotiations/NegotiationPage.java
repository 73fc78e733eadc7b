package org.parley.read.negotiations;

import org.parley.read.matrix.PartyColumn;
import org.parley.read.matrix.NegotiationRef;
import org.parley.read.matrix.Matrix;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;

/**
 * What the page of one negotiation shows.
 *
 * @param negotiation the negotiation
 * @param parties its parties with their roles
 * @param rounds its latest rounds, earliest first, at most
 * {@link NegotiationReader#ROUNDS_SHOWN}
 * @param roundCount how many rounds it has in all
 * @param proposalsByStatus its proposals by status (in the order of the statuses), by
 * title, at most {@link NegotiationReader#PROPOSALS_SHOWN}
 * @param proposalCount how many proposals it has in all
 * @param matrix the stances as of today
 */
public record NegotiationPage(NegotiationRef negotiation, List<PartyColumn> parties, List<RoundItem> rounds,
		long roundCount, Map<ProposalStatus, List<ProposalItem>> proposalsByStatus, long proposalCount, Matrix matrix) {

	public boolean moreRounds() {
		return this.roundCount > this.rounds.size();
	}

	public boolean moreProposals() {
		return this.proposalCount > this.proposalsByStatus.values().stream().mapToInt(List::size).sum();
	}

	/** A round on the timeline. */
	public record RoundItem(long id, String title, String place, LocalDate startsOn, LocalDate endsOn,
			RoundFormat format, RoundOutcome outcome) {

		public boolean multiDay() {
			return this.endsOn != null && !this.endsOn.equals(this.startsOn);
		}

	}

	/** A proposal in the list by status. */
	public record ProposalItem(long id, String title, ProposalStatus status, LocalDate firstReportedOn) {
	}

}
