package org.parley.position;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.proposal.Proposal;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * A proposal a position makes its own proposal a precondition of: the party wants its
 * proposal first, before this one ("Ukrainian withdrawal before any agreement"). Made
 * through {@link Position#conditions}.
 */
@Entity
@Table(name = "position_precondition")
public class PositionPrecondition extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id", nullable = false)
	@PartOf
	private Position position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	private Proposal proposal;

	protected PositionPrecondition() {
	}

	PositionPrecondition(Position position, Proposal proposal) {
		this.position = Checks.required(position, "position");
		this.proposal = Checks.required(proposal, "proposal");
	}

	public Position getPosition() {
		return this.position;
	}

	/** The proposal conditioned. */
	public Proposal getProposal() {
		return this.proposal;
	}

}
