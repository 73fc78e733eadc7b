package org.parley.round;

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
 * A citation that supports or disputes a proposal's introduction at a round. Made through
 * {@link RoundProposal#cite}.
 */
@Entity
@Table(name = "round_proposal_citation")
public class RoundProposalCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_proposal_id", nullable = false)
	@PartOf
	private RoundProposal roundProposal;

	protected RoundProposalCitation() {
	}

	RoundProposalCitation(RoundProposal roundProposal, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.roundProposal = Checks.required(roundProposal, "roundProposal");
	}

	public RoundProposal getRoundProposal() {
		return this.roundProposal;
	}

}
