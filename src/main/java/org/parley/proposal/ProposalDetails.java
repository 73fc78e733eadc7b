package org.parley.proposal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.parley.source.Bearing;
import org.parley.source.CitationLink;

/**
 * What an editor sets on a proposal, by the ids of the records it refers to. Built from a
 * stored proposal, the id lists are sorted, relations by kind and target, citations by
 * citation, so two snapshots of the same proposal are equal.
 *
 * @param negotiationId the negotiation it belongs to
 * @param title the title
 * @param summary the summary as typed (Markdown allowed), or {@code null}
 * @param status where it stands
 * @param disclosure how much of its text is known
 * @param firstReportedOn when it was first reported, or {@code null} (then the citation's
 * date)
 * @param firstReportedCitationId the first report, or {@code null}
 * @param proposerIds who proposed it
 * @param points its points in order
 * @param topicIds what it is about
 * @param regionIds where it applies
 * @param relations its lineage, read "this proposal &lt;kind&gt; target"
 * @param citations the reports cited for it
 */
public record ProposalDetails(long negotiationId, String title, String summary, ProposalStatus status,
		Disclosure disclosure, LocalDate firstReportedOn, Long firstReportedCitationId, List<Long> proposerIds,
		List<Point> points, List<Long> topicIds, List<Long> regionIds, List<Link> relations, List<Cited> citations) {

	public ProposalDetails {
		proposerIds = List.copyOf(proposerIds);
		points = List.copyOf(points);
		topicIds = List.copyOf(topicIds);
		regionIds = List.copyOf(regionIds);
		relations = List.copyOf(relations);
		citations = List.copyOf(citations);
	}

	/**
	 * The proposal as stored.
	 * @param proposal the proposal, its collections loadable
	 * @return its details
	 */
	static ProposalDetails of(Proposal proposal) {
		return new ProposalDetails(proposal.getNegotiation().getId(), proposal.getTitle(), proposal.getSummary(),
				proposal.getStatus(), proposal.getDisclosure(), proposal.getFirstReportedOn(),
				(proposal.getFirstReportedCitation() != null) ? proposal.getFirstReportedCitation().getId() : null,
				proposal.getProposers().stream().map((party) -> party.getId()).sorted().toList(),
				proposal.getPoints()
					.stream()
					.map((point) -> new Point(point.getId(), point.getLabel(), point.getText()))
					.toList(),
				proposal.getTopics().stream().map((topic) -> topic.getId()).sorted().toList(),
				proposal.getRegions().stream().map((region) -> region.getId()).sorted().toList(),
				proposal.getRelations()
					.stream()
					.map((relation) -> new Link(relation.getKind(), relation.getRelated().getId(), relation.getNote(),
							CitationLink.cited(relation.getCitations())))
					.sorted(Comparator.comparing(Link::kind).thenComparing(Link::targetId))
					.toList(),
				proposal.getCitations()
					.stream()
					.map((link) -> new Cited(link.getCitation().getId(), link.getBearing()))
					.sorted(Comparator.comparing(Cited::citationId))
					.toList());
	}

	/**
	 * One point.
	 *
	 * @param id the stored point this is, or {@code null} for a new one
	 * @param label the label as printed ("12"), or {@code null}
	 * @param text the provision's text
	 */
	public record Point(Long id, String label, String text) {
	}

	/**
	 * A lineage relation from this proposal to another.
	 *
	 * @param note why, as typed (Markdown allowed), or {@code null}
	 * @param citations the reports cited for the relation, by citation id
	 */
	public record Link(RelationKind kind, long targetId, String note, List<org.parley.source.Cited> citations) {

		public Link {
			citations = List.copyOf(citations);
		}

		/** A relation without note or reports. */
		public Link(RelationKind kind, long targetId) {
			this(kind, targetId, null, List.of());
		}

		boolean same(ProposalRelation relation) {
			return relation.getKind() == this.kind && relation.getRelated().getId() == this.targetId;
		}

	}

	/** A report cited for the proposal and whether it supports or disputes it. */
	public record Cited(long citationId, Bearing bearing) {
	}

}
