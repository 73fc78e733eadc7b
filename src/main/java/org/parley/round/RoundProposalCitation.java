package org.parley.round;

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
 * A citation that supports or disputes a proposal's introduction at a round. Made through
 * {@link RoundProposal#cite}.
 */
@Entity
@Table(name = "round_proposal_citation")
public class RoundProposalCitation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_proposal_id", nullable = false)
	private RoundProposal roundProposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "citation_id", nullable = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	@Column(name = "bearing", nullable = false, length = 10)
	private Bearing bearing;

	protected RoundProposalCitation() {
	}

	RoundProposalCitation(RoundProposal roundProposal, Citation citation, Bearing bearing) {
		this.roundProposal = Checks.required(roundProposal, "round proposal");
		this.citation = Checks.required(citation, "citation");
		this.bearing = Checks.required(bearing, "bearing");
	}

	void changeBearing(Bearing bearing) {
		this.bearing = Checks.required(bearing, "bearing");
	}

	public RoundProposal getRoundProposal() {
		return this.roundProposal;
	}

	public Citation getCitation() {
		return this.citation;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

}
