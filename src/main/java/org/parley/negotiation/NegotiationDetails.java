package org.parley.negotiation;

import java.util.List;

/**
 * What an editor sets on a negotiation.
 *
 * @param title the title
 * @param slug the address slug, or {@code null} to derive it from the title
 * @param description the description, or {@code null}
 * @param parties the parties involved and their roles, each party once
 */
public record NegotiationDetails(String title, String slug, String description, List<Involvement> parties) {

	public NegotiationDetails {
		parties = List.copyOf(parties);
	}

	/** One party's role. */
	public record Involvement(long partyId, PartyRole role) {
	}

}
