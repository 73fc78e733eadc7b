package org.parley.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * One numbered point or provision of a proposal. The ordinal (0-based) is kept by
 * {@link Proposal}, which renumbers its points after every change.
 */
@Entity
@Table(name = "proposal_point")
public class ProposalPoint extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	@PartOf
	private Proposal proposal;

	@Column(name = "ordinal", nullable = false)
	private int ordinal;

	@Column(name = "label", length = 50)
	private String label;

	@Column(name = "text", nullable = false)
	private String text;

	protected ProposalPoint() {
	}

	ProposalPoint(Proposal proposal, int ordinal, String label, String text) {
		this.proposal = Checks.required(proposal, "proposal");
		this.ordinal = ordinal;
		revise(label, text);
	}

	void revise(String label, String text) {
		this.label = Checks.optional(label);
		this.text = Checks.notBlank(text, "point text");
	}

	void renumber(int ordinal) {
		// Only the proposal renumbers, and (proposal_id, ordinal) is unique only at
		// commit.
		this.ordinal = ordinal;
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	/**
	 * The 1-based position in the list, for display when there is no label.
	 * @return ordinal + 1
	 */
	public int getNumber() {
		return this.ordinal + 1;
	}

	/**
	 * The label as printed in the source text ("12", "a)"), or {@code null}.
	 * @return the label
	 */
	public String getLabel() {
		return this.label;
	}

	public String getText() {
		return this.text;
	}

}
