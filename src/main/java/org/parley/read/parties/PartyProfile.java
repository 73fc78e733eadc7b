package org.parley.read.parties;

import org.parley.read.PositionEntry;
import java.util.List;

import org.parley.negotiation.PartyRole;
import org.parley.party.PartyKind;
import org.parley.proposal.ProposalStatus;

import org.springframework.data.domain.Page;

/**
 * What the page of one party shows.
 *
 * @param positions one page of its positions, by proposal then over time
 * @param byProposal the same positions grouped by proposal, in the same order
 */
public record PartyProfile(Party party, List<Role> roles, List<PersonItem> people, long peopleCount,
		Page<PositionEntry> positions, List<ProposalPositions> byProposal, List<ProposedItem> proposed,
		long proposedCount) {

	public boolean morePeople() {
		return this.peopleCount > this.people.size();
	}

	public boolean moreProposed() {
		return this.proposedCount > this.proposed.size();
	}

	/** The party itself. */
	public record Party(long id, String name, String shortName, PartyKind kind, String countryCode) {
	}

	/** The role it plays in one negotiation. */
	public record Role(String negotiationSlug, String negotiationTitle, PartyRole role) {
	}

	/** One of its people. */
	public record PersonItem(long id, String fullName, String nativeName, String title) {
	}

	/** The positions it took on one proposal, over time. */
	public record ProposalPositions(long proposalId, String proposalTitle, List<PositionEntry> positions) {
	}

	/** A proposal it proposed, alone or with others. */
	public record ProposedItem(long id, String title, ProposalStatus status, String negotiationTitle) {
	}

}
