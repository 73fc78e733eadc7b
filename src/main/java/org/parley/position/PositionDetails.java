package org.parley.position;

import java.time.LocalDate;
import java.util.List;

import org.parley.source.Bearing;

/**
 * What an editor states about a position, by ids: the proposal, the party, when, the
 * stance with its condition, who said it and the report(s) it rests on.
 *
 * @param proposalId the proposal
 * @param partyId the party
 * @param statedOn the date, read with {@code precision}
 * @param precision how exactly the date is known
 * @param stance the stance
 * @param condition the condition in words, or {@code null}
 * @param speakerId the speaker, or {@code null}
 * @param quote the words as reported, or {@code null}
 * @param note an editor's note (Markdown allowed), or {@code null}
 * @param citations the reports cited, each once
 */
public record PositionDetails(long proposalId, long partyId, LocalDate statedOn, DatePrecision precision, Stance stance,
		String condition, Long speakerId, String quote, String note, List<Cited> citations) {

	public PositionDetails {
		citations = List.copyOf(citations);
	}

	/**
	 * One report cited for the position.
	 *
	 * @param citationId the citation
	 * @param bearing whether it supports or disputes the position
	 */
	public record Cited(long citationId, Bearing bearing) {
	}

}
