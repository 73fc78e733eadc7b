package org.parley.proposal;

/**
 * A stored proposal as its edit form needs it, read in one transaction.
 *
 * @param id the proposal's id
 * @param version the version the form starts from
 * @param title its title, for the page heading
 * @param details what an editor can change
 */
public record EditableProposal(long id, long version, String title, ProposalDetails details) {

	static EditableProposal of(Proposal proposal) {
		return new EditableProposal(proposal.getId(), proposal.getVersion(), proposal.getTitle(),
				ProposalDetails.of(proposal));
	}

}
