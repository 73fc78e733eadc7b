package org.parley.read.matrix;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;
import org.parley.read.ProposalRef;
import org.parley.source.EvidenceFilter;
import org.parley.source.Citation;
import org.parley.source.Reliability;

import org.springframework.data.domain.Page;

/**
 * Parties × proposals of one negotiation, each cell the stance as it stood on
 * {@code asOf}; with a {@code compare} date, the cells whose stance differs between the
 * two dates are marked and listed.
 *
 * @param negotiation the negotiation
 * @param parties the columns, from the negotiation's parties
 * @param rows one page of proposals, those first reported by {@code asOf} (or with no
 * such date)
 * @param asOf the date the stances are read at
 * @param compare the date to compare with, or {@code null}
 * @param evidence which stances the cells hold (a stance it leaves out leaves its cell
 * empty)
 * @param changes the changed cells of the whole negotiation (not only this page), at most
 * {@link MatrixReader#CHANGES_SHOWN}
 * @param changeCount how many cells changed in all
 */
public record Matrix(NegotiationRef negotiation, List<PartyColumn> parties, Page<Row> rows, LocalDate asOf,
		LocalDate compare, EvidenceFilter evidence, List<Change> changes, long changeCount) {

	public boolean comparing() {
		return this.compare != null;
	}

	/** Whether some changes are left out of {@link #changes()}. */
	public boolean moreChanges() {
		return this.changeCount > this.changes.size();
	}

	/**
	 * One proposal and its cells, in the order of the columns.
	 *
	 * @param newSinceCompare first reported after the compare date
	 */
	public record Row(long proposalId, String title, ProposalStatus status, LocalDate firstReportedOn,
			boolean newSinceCompare, List<Cell> cells) {
	}

	/**
	 * Where one party stood on one proposal.
	 *
	 * @param party the column
	 * @param stance the latest position by {@code asOf}, or {@code null} for none
	 * @param compared whether a compare date was given
	 * @param before the latest position by the compare date, or {@code null} for none
	 * @param grade the best grade of the reports supporting {@code stance}'s position
	 * ({@link BestGrades}), or {@code null} when none is cited
	 * @param preconditions the proposals this party, by its position standing on
	 * {@code asOf}, wants settled before this one: the cell is conditioned
	 */
	public record Cell(PartyColumn party, StanceView stance, boolean compared, StanceView before, Grade grade,
			List<ProposalRef> preconditions) {

		public Cell {
			preconditions = List.copyOf(preconditions);
		}

		/** Whether the party makes another proposal a precondition of this one. */
		public boolean conditioned() {
			return !this.preconditions.isEmpty();
		}

		/**
		 * Only known to have been said by the day shown: the cell reads "by that day".
		 */
		public boolean byThatDay() {
			return this.stance != null && this.stance.statedOnPrecision() == DatePrecision.ON_OR_BEFORE;
		}

		public boolean changed() {
			return this.compared && stanceOf(this.stance) != stanceOf(this.before);
		}

		public Stance beforeStance() {
			return stanceOf(this.before);
		}

		private static Stance stanceOf(StanceView view) {
			return (view != null) ? view.stance() : null;
		}

	}

	/**
	 * The grade of a report on the Admiralty scale, as the citation fragment shows one.
	 */
	public record Grade(Reliability reliability, int credibility) {

		/** E.g. "B2". */
		public String admiraltyCode() {
			return this.reliability.name() + this.credibility;
		}

		public String credibilityDescription() {
			return Citation.describeCredibility(this.credibility);
		}

	}

	/**
	 * A cell whose stance differs between the compare date and {@code asOf}.
	 *
	 * @param before the stance on the compare date, or {@code null} for no position
	 * @param after the stance on {@code asOf}, or {@code null} for no position
	 * @param positionId the position that stood on {@code asOf}, else the one on the
	 * compare date
	 */
	public record Change(long proposalId, String proposalTitle, long partyId, String partyName, Stance before,
			Stance after, long positionId) {
	}

}
