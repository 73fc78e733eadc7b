package org.parley.read.rounds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.CitationView;
import org.parley.source.Evidence;

import org.springframework.data.domain.Page;

/**
 * A round as its page shows it: who was there, what was discussed and who introduced it,
 * the positions stated there, and the evidence for each claim.
 */
public record RoundView(long id, String title, String negotiationSlug, String negotiationTitle, String place,
		LocalDate startsOn, LocalDate endsOn, RoundFormat format, RoundOutcome outcome, PartyRef mediator,
		String summary, List<PartyRef> parties, List<Delegation> delegations, List<Discussed> proposals,
		Evidence evidence, Page<Stated> positions) {

	/**
	 * Each report the page cites, once, in the order it first cites it: the page prints
	 * each excerpt once, in its list of reports, and every claim refers to it there.
	 */
	public List<CitationView> reports() {
		Map<Long, CitationView> reports = new LinkedHashMap<>();
		Stream<Evidence> claims = Stream.concat(Stream.of(this.evidence),
				Stream.concat(this.proposals.stream().map(Discussed::evidence),
						this.positions.getContent().stream().map(Stated::evidence)));
		claims.flatMap((claim) -> claim.items().stream())
			.forEach((item) -> reports.putIfAbsent(item.citation().id(), item.citation()));
		return List.copyOf(reports.values());
	}

	/** Whether the round lasted more than its first day. */
	public boolean spansDays() {
		return this.endsOn != null && !this.endsOn.equals(this.startsOn);
	}

	/**
	 * The delegates of one party; {@code party} is null for delegates who speak for none.
	 */
	public record Delegation(PartyRef party, List<Delegate> delegates) {
	}

	/**
	 * A delegate, linking to /people/{id}; {@code title} is their post at this round,
	 * else their own title.
	 */
	public record Delegate(long id, String name, String title) {
	}

	/**
	 * A proposal discussed at the round, who introduced it there (null if unknown), and
	 * the evidence of that introduction.
	 */
	public record Discussed(long proposalId, String title, ProposalStatus status, PartyRef introducedBy, String note,
			Evidence evidence) {
	}

	/**
	 * A position stated at the round, with its evidence. Speaker fields, the quote and
	 * the note (Markdown) may be null.
	 */
	public record Stated(long id, long proposalId, String proposalTitle, PartyRef party, Stance stance,
			String condition, LocalDate statedOn, DatePrecision statedOnPrecision, Long speakerId, String speakerName,
			String speakerTitle, String quote, String note, Evidence evidence) {
	}

}
