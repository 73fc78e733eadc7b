package org.parley.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;

/**
 * A citation that supports or disputes a lineage relation ("evolved from … under
 * different terminology"). Made through {@link ProposalRelation#cite}.
 */
@Entity
@Table(name = "proposal_relation_citation")
public class ProposalRelationCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "relation_id", nullable = false)
	@PartOf
	private ProposalRelation relation;

	protected ProposalRelationCitation() {
	}

	ProposalRelationCitation(ProposalRelation relation, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.relation = Checks.required(relation, "relation");
	}

	public ProposalRelation getRelation() {
		return this.relation;
	}

}
