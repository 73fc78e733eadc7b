package org.parley.proposal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;
import org.parley.source.Cited;

/**
 * A lineage edge read "proposal &lt;kind&gt; related": the DMZ is PART_OF the 28-point
 * plan. Owned by the proposal on the left.
 */
@Entity
@Table(name = "proposal_relation")
public class ProposalRelation extends BaseEntity {

	/** How many reports a relation holds at most: as many as its form row shows. */
	public static final int MAX_CITATIONS = 5;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	@PartOf
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "related_proposal_id", nullable = false)
	private Proposal related;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 20)
	private RelationKind kind;

	@Column(name = "note")
	private String note;

	@OneToMany(mappedBy = "relation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<ProposalRelationCitation> citations = new LinkedHashSet<>();

	protected ProposalRelation() {
	}

	ProposalRelation(Proposal proposal, RelationKind kind, Proposal related, String note) {
		this.proposal = Checks.required(proposal, "proposal");
		this.kind = Checks.required(kind, "kind");
		this.related = Checks.required(related, "related proposal");
		this.note = Checks.optional(note);
	}

	void annotate(String note) {
		this.note = Checks.optional(note);
	}

	/**
	 * Cites a report for this relation; citing it again only changes the bearing.
	 * @throws org.parley.source.TooManyCitationsException beyond {@link #MAX_CITATIONS}
	 */
	public ProposalRelationCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_CITATIONS,
				(cited) -> new ProposalRelationCitation(this, cited, bearing));
	}

	/** Cites exactly {@code wanted}; whether anything changed. */
	boolean recite(List<Cited> wanted, Map<Long, Citation> found) {
		return CitationLink.sync(this.citations, wanted, found, this::cite);
	}

	boolean links(RelationKind kind, Proposal related) {
		return this.kind == kind && (this.related == related || this.related.equals(related));
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public Proposal getRelated() {
		return this.related;
	}

	public RelationKind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

	public Set<ProposalRelationCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
