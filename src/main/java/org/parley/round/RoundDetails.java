package org.parley.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.negotiation.PartyRole;

import org.parley.source.Bearing;

/**
 * What an editor sets on a round. Every id names an existing record; the rows may also
 * name records to create with the round (a delegate by name, a proposal by title).
 *
 * @param negotiationId the negotiation
 * @param title the title
 * @param place where, or {@code null}
 * @param startsOn first day
 * @param endsOn last day, or {@code null}
 * @param format how the parties met
 * @param outcome what came of it
 * @param mediatorId the mediating party, or {@code null}
 * @param partyIds the participating parties
 * @param joining the role each party new to the negotiation joins it in (a party, when
 * not given)
 * @param delegates the delegates, each once
 * @param proposals the proposals discussed, each once
 * @param summary the summary as typed (Markdown allowed), or {@code null}
 * @param citations the reports cited for the round, each once
 */
public record RoundDetails(long negotiationId, String title, String place, LocalDate startsOn, LocalDate endsOn,
		RoundFormat format, RoundOutcome outcome, Long mediatorId, List<Long> partyIds, Map<Long, PartyRole> joining,
		List<Delegate> delegates, List<Discussed> proposals, String summary, List<Cited> citations) {

	public RoundDetails {
		partyIds = List.copyOf(partyIds);
		joining = joining.entrySet()
			.stream()
			.filter((role) -> role.getKey() != null && role.getValue() != null)
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
		delegates = List.copyOf(delegates);
		proposals = List.copyOf(proposals);
		citations = List.copyOf(citations);
	}

	/**
	 * A delegate: an existing person, or a new one by full name and the party they speak
	 * for.
	 *
	 * @param personId the existing person, or {@code null} for a new one
	 * @param fullName the new person's full name (ignored when {@code personId} is set)
	 * @param partyId the party the new person speaks for, or {@code null}
	 * @param post their post at this round, e.g. "presidential envoy", or {@code null}
	 */
	public record Delegate(Long personId, String fullName, Long partyId, String post) {

		public static Delegate existing(long personId, String post) {
			return new Delegate(personId, null, null, post);
		}

		public static Delegate newPerson(String fullName, Long partyId, String post) {
			return new Delegate(null, fullName, partyId, post);
		}

	}

	/**
	 * A proposal discussed: an existing one of the round's negotiation, or a new one by
	 * title.
	 *
	 * @param proposalId the existing proposal, or {@code null} for a new one
	 * @param title the new proposal's title (ignored when {@code proposalId} is set)
	 * @param introducedById the party that introduced it, or {@code null}
	 * @param note a remark, or {@code null}
	 */
	public record Discussed(Long proposalId, String title, Long introducedById, String note) {
	}

	/**
	 * A report cited for the round.
	 *
	 * @param citationId the citation
	 * @param bearing whether it supports or disputes
	 */
	public record Cited(long citationId, Bearing bearing) {
	}

}
