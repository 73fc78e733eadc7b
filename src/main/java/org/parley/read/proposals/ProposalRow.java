package org.parley.read.proposals;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;

/**
 * One line of the proposal list, with every party's current stance.
 *
 * @param proposedBy the proposers' names, comma-separated, or {@code null}
 */
public record ProposalRow(long id, String title, ProposalStatus status, LocalDate firstReportedOn,
		String negotiationSlug, String negotiationTitle, String proposedBy, List<StanceView> stances) {

	ProposalRow withProposers(String proposedBy) {
		return new ProposalRow(this.id, this.title, this.status, this.firstReportedOn, this.negotiationSlug,
				this.negotiationTitle, proposedBy, this.stances);
	}

	ProposalRow withStances(List<StanceView> stances) {
		return new ProposalRow(this.id, this.title, this.status, this.firstReportedOn, this.negotiationSlug,
				this.negotiationTitle, this.proposedBy, List.copyOf(stances));
	}

}
