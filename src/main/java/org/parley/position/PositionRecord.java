package org.parley.position;

/**
 * A position as an editor's form needs it, read in one transaction: what it says, by ids,
 * and the names to show.
 *
 * @param id the position
 * @param version its version
 * @param proposalTitle the proposal's title
 * @param partyName the party's name
 * @param details what it says
 */
public record PositionRecord(long id, long version, String proposalTitle, String partyName, PositionDetails details) {

	static PositionRecord of(Position position) {
		return new PositionRecord(position.getId(), position.getVersion(), position.getProposal().getTitle(),
				position.getParty().getName(), details(position));
	}

	static PositionDetails details(Position position) {
		return new PositionDetails(position.getProposal().getId(), position.getParty().getId(), position.getStatedOn(),
				position.getStatedOnPrecision(), position.getStance(), position.getCondition(),
				(position.getSpeaker() != null) ? position.getSpeaker().getId() : null, position.getQuote(),
				position.getNote(),
				position.getCitations()
					.stream()
					.map((link) -> new PositionDetails.Cited(link.getCitation().getId(), link.getBearing()))
					.toList());
	}

}
