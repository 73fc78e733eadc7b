package org.parley.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * A lineage edge read "proposal &lt;kind&gt; related": the DMZ is PART_OF the 28-point
 * plan. Owned by the proposal on the left.
 */
@Entity
@Table(name = "proposal_relation")
public class ProposalRelation extends BaseEntity {

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

}
