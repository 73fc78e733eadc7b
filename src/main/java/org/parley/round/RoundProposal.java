package org.parley.round;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.party.Party;
import org.parley.proposal.Proposal;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;

/**
 * A proposal discussed at a round, and who introduced it there. Made through
 * {@link Round#addProposal}.
 */
@Entity
@Table(name = "round_proposal")
public class RoundProposal extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id", nullable = false)
	@PartOf
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "introduced_by_party_id")
	private Party introducedBy;

	@Column(name = "note")
	private String note;

	@OneToMany(mappedBy = "roundProposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<RoundProposalCitation> citations = new LinkedHashSet<>();

	protected RoundProposal() {
	}

	RoundProposal(Round round, Proposal proposal, Party introducedBy, String note) {
		this.round = Checks.required(round, "round");
		this.proposal = Checks.required(proposal, "proposal");
		this.introducedBy = introducedBy;
		this.note = Checks.optional(note);
	}

	/**
	 * Corrects who introduced the proposal at this round.
	 * @param party the introducing party, or {@code null} if unknown
	 */
	public void attributeTo(Party party) {
		this.introducedBy = party;
	}

	public void annotate(String note) {
		this.note = Checks.optional(note);
	}

	/**
	 * Cites a report for this proposal's introduction at the round. Citing the same
	 * report again only changes the bearing.
	 * @param citation the report
	 * @param bearing whether it supports or disputes
	 * @return the link
	 */
	public RoundProposalCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, Round.MAX_ROWS,
				(cited) -> new RoundProposalCitation(this, cited, bearing));
	}

	public void uncite(Citation citation) {
		CitationLink.uncite(this.citations, citation);
	}

	boolean concerns(Proposal proposal) {
		return this.proposal == proposal || this.proposal.equals(proposal);
	}

	public Round getRound() {
		return this.round;
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public Party getIntroducedBy() {
		return this.introducedBy;
	}

	public String getNote() {
		return this.note;
	}

	public Set<RoundProposalCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
