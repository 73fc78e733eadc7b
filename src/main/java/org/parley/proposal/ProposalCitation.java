package org.parley.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;

/**
 * A citation that supports or disputes a proposal. Made through {@link Proposal#cite}.
 */
@Entity
@Table(name = "proposal_citation")
public class ProposalCitation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "citation_id", nullable = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	@Column(name = "bearing", nullable = false, length = 10)
	private Bearing bearing;

	protected ProposalCitation() {
	}

	ProposalCitation(Proposal proposal, Citation citation, Bearing bearing) {
		this.proposal = Checks.required(proposal, "proposal");
		this.citation = Checks.required(citation, "citation");
		this.bearing = Checks.required(bearing, "bearing");
	}

	void changeBearing(Bearing bearing) {
		this.bearing = Checks.required(bearing, "bearing");
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public Citation getCitation() {
		return this.citation;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

}
