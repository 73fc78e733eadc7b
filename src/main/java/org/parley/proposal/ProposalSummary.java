package org.parley.proposal;

import java.time.LocalDate;

/** What a list shows of a proposal. */
public record ProposalSummary(Long id, Long negotiationId, String title, ProposalStatus status,
		LocalDate firstReportedOn) {
}
