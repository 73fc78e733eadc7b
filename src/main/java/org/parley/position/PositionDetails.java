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
 * @param arguments the arguments it carries, in order, or {@code null} to leave them as
 * they are
 * @param preconditionOf the proposals it makes its own a precondition of, or {@code null}
 * to leave them as they are
 */
public record PositionDetails(long proposalId, long partyId, LocalDate statedOn, DatePrecision precision, Stance stance,
		String condition, Long speakerId, String quote, String note, List<Cited> citations, List<Argument> arguments,
		List<Long> preconditionOf) {

	public PositionDetails {
		citations = List.copyOf(citations);
		arguments = (arguments != null) ? List.copyOf(arguments) : null;
		preconditionOf = (preconditionOf != null) ? List.copyOf(preconditionOf) : null;
	}

	/** A statement whose arguments and preconditions are left as they are. */
	public PositionDetails(long proposalId, long partyId, LocalDate statedOn, DatePrecision precision, Stance stance,
			String condition, Long speakerId, String quote, String note, List<Cited> citations) {
		this(proposalId, partyId, statedOn, precision, stance, condition, speakerId, quote, note, citations, null,
				null);
	}

	/**
	 * An argument the position carries.
	 *
	 * @param id the stored argument this is, or {@code null} for a new one
	 * @param kind what it argues from
	 * @param argument the argument in words
	 * @param quote the speaker's words, or {@code null}
	 * @param aboutProposalId the proposal it is about, or {@code null}
	 * @param aboutTopicId the topic it is about, or {@code null}
	 * @param citations the reports it rests on
	 */
	public record Argument(Long id, ArgumentKind kind, String argument, String quote, Long aboutProposalId,
			Long aboutTopicId, List<org.parley.source.Cited> citations) {

		public Argument {
			citations = List.copyOf(citations);
		}

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
