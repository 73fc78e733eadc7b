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
 * A citation that supports or disputes a proposal. Made through {@link Proposal#cite}.
 */
@Entity
@Table(name = "proposal_citation")
public class ProposalCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	@PartOf
	private Proposal proposal;

	protected ProposalCitation() {
	}

	ProposalCitation(Proposal proposal, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.proposal = Checks.required(proposal, "proposal");
	}

	public Proposal getProposal() {
		return this.proposal;
	}

}
