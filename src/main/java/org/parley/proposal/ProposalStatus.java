package org.parley.proposal;

/**
 * Where a proposal stands in the process as a whole (each party's view is a position).
 */
public enum ProposalStatus {

	FLOATED, UNDER_DISCUSSION, TABLED, ACCEPTED, REJECTED, STALLED, SUPERSEDED

}
