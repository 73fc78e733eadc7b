package org.parley.position;

import org.parley.source.CitationLink;

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
					.toList(),
				position.getArguments()
					.stream()
					.map((argument) -> new PositionDetails.Argument(argument.getId(), argument.getKind(),
							argument.getArgument(), argument.getQuote(),
							(argument.getAboutProposal() != null) ? argument.getAboutProposal().getId() : null,
							(argument.getAboutTopic() != null) ? argument.getAboutTopic().getId() : null,
							CitationLink.cited(argument.getCitations())))
					.toList(),
				position.getPreconditions().stream().map((link) -> link.getProposal().getId()).sorted().toList());
	}

}
