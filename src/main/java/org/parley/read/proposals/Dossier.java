package org.parley.read.proposals;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.Disclosure;
import org.parley.read.ArgumentView;
import org.parley.read.ProposalRef;
import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundOutcome;
import org.parley.source.CitationView;
import org.parley.source.Evidence;

/**
 * Everything the proposal page shows, read in a fixed number of statements.
 *
 * @param proposal the proposal itself
 * @param points its points in order
 * @param proposers the parties that proposed it
 * @param topics what it is about
 * @param regions where it applies
 * @param firstReportedBy the report that first described it, or {@code null}
 * @param lineage the proposal at the root of its lineage tree
 * @param stances every party's current stance, by party name; parties of the negotiation
 * that have stated none are included without one
 * @param history every position on it, oldest first
 * @param rounds the rounds where it was discussed, earliest first
 * @param evidence the reports cited for the proposal itself
 * @param preconditions the proposals a party's current position makes a precondition of
 * this one: the proposal's id and title, the party's name as the detail
 */
public record Dossier(Header proposal, List<Point> points, List<Reference> proposers, List<Reference> topics,
		List<Reference> regions, CitationView firstReportedBy, LineageNode lineage, List<PartyStance> stances,
		List<Statement> history, List<RoundAppearance> rounds, Evidence evidence, List<Reference> preconditions) {

	/** The proposal's own fields and its negotiation. */
	public record Header(long id, String slug, String title, String summary, ProposalStatus status,
			Disclosure disclosure, LocalDate firstReportedOn, Long firstReportedCitationId, long negotiationId,
			String negotiationSlug, String negotiationTitle) {
	}

	/** One point; the label as printed, else its number. */
	public record Point(int number, String label, String text) {

		public String displayLabel() {
			return (this.label != null) ? this.label : String.valueOf(this.number);
		}

	}

	/**
	 * Something the proposal refers to by id and name.
	 *
	 * @param detail more about it, e.g. the region it lies within, or {@code null}
	 */
	public record Reference(long id, String name, String detail) {
	}

	/**
	 * One position: where a party stood, as of when, in whose words, on what evidence.
	 */
	public record Statement(long id, long partyId, String partyName, LocalDate statedOn,
			DatePrecision statedOnPrecision, Stance stance, String condition, Long speakerId, String speakerName,
			String speakerTitle, String quote, String note, Long roundId, String roundTitle, Evidence evidence,
			List<ArgumentView> arguments, List<ProposalRef> preconditionOf) {
	}

	/**
	 * A party's current stance: its latest position and every statement it made on that
	 * same date (reports often give several the same day), in the order recorded.
	 *
	 * @param role the party's role in the negotiation (PARTY, MEDIATOR …), or
	 * {@code null}
	 * @param current the latest position, or {@code null} when the party has stated none
	 */
	public record PartyStance(long partyId, String partyName, String role, Statement current,
			List<Statement> statementsThatDay) {

		public boolean hasStance() {
			return this.current != null;
		}

	}

	/** A round where the proposal was discussed, and who introduced it there. */
	public record RoundAppearance(long roundId, String title, String place, LocalDate startsOn, LocalDate endsOn,
			RoundOutcome outcome, Long introducedById, String introducedByName, String note, Evidence evidence) {
	}

}
