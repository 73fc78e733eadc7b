package org.parley.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.negotiation.PartyRole;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;

/**
 * What one quick log records: the report, the round, the proposals discussed and the
 * positions reported. Rows carry the index they had on the form, so that whatever is
 * wrong with one can be shown next to it.
 *
 * @param report the report everything is cited to
 * @param round the round
 * @param proposals the proposals discussed, each existing or new
 * @param positions the positions reported
 * @param delegates the round's delegates, each on record or new
 */
public record QuickLogEntry(Report report, RoundPart round, List<ProposalItem> proposals, List<PositionItem> positions,
		List<DelegateItem> delegates) {

	public QuickLogEntry {
		proposals = List.copyOf(proposals);
		positions = List.copyOf(positions);
		delegates = List.copyOf(delegates);
	}

	/**
	 * The report: a source on record, or the name of a new one (which waits for an
	 * admin).
	 *
	 * @param sourceId a source on record, or {@code null} with a new name
	 * @param newSourceName a new source's name, or {@code null}
	 * @param url the report's address, or {@code null}
	 * @param headline its headline, or {@code null}
	 * @param publishedOn when it was published, or {@code null}
	 * @param excerpt the passage relied on, or {@code null}
	 * @param credibility 1 to 6
	 * @param anonymous whether it rests on an unnamed source
	 * @param anonymousDescription how it describes that source, or {@code null}
	 * @param viaCitationId the report on record this one relays, or {@code null} if it is
	 * the original
	 */
	public record Report(Long sourceId, String newSourceName, String url, String headline, LocalDate publishedOn,
			String excerpt, int credibility, boolean anonymous, String anonymousDescription, Long viaCitationId) {

	}

	/**
	 * The round.
	 *
	 * @param negotiationId the negotiation
	 * @param title its title
	 * @param place where, or {@code null}
	 * @param startsOn first day
	 * @param endsOn last day, or {@code null}
	 * @param format how the parties met
	 * @param outcome how it ended
	 * @param mediatorId the mediating party, or {@code null}
	 * @param partyIds the participating parties
	 * @param summary what happened, or {@code null}
	 */
	public record RoundPart(long negotiationId, String title, String place, LocalDate startsOn, LocalDate endsOn,
			RoundFormat format, RoundOutcome outcome, Long mediatorId, List<Long> partyIds,
			Map<Long, PartyRole> joining, String summary) {

		public RoundPart {
			partyIds = List.copyOf(partyIds);
			joining = joining.entrySet()
				.stream()
				.filter((role) -> role.getKey() != null && role.getValue() != null)
				.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
		}

	}

	/**
	 * A proposal discussed: one on record, or a new one by title.
	 *
	 * @param row its index on the form
	 * @param proposalId a proposal on record, or {@code null} for a new one
	 * @param title the new proposal's title, or {@code null}
	 * @param summary the new proposal's summary, or {@code null}
	 * @param status the new proposal's status, or {@code null} for floated
	 * @param introducedById the party that introduced it at the round, or {@code null};
	 * for a new proposal also the party that proposed it
	 * @param topicIds the new proposal's topics
	 */
	public record ProposalItem(int row, Long proposalId, String title, String summary, ProposalStatus status,
			Long introducedById, List<Long> topicIds) {

		public ProposalItem {
			topicIds = List.copyOf(topicIds);
		}

	}

	/**
	 * A position reported.
	 *
	 * @param row its index on the form
	 * @param partyId the party
	 * @param proposalRow the form index of the proposal row it is about, or {@code null}
	 * @param proposalId a proposal on record, when {@code proposalRow} is {@code null}
	 * @param stance the stance
	 * @param condition the condition in words, or {@code null}
	 * @param speakerId who said it, a person on record, or {@code null}
	 * @param speakerRow who said it, the form index of a delegate row naming a new
	 * person, or {@code null}
	 * @param quote the words as reported, or {@code null}
	 * @param statedOn when, or {@code null} for the round's first day
	 */
	public record PositionItem(int row, long partyId, Integer proposalRow, Long proposalId, Stance stance,
			String condition, Long speakerId, Integer speakerRow, String quote, LocalDate statedOn, String note,
			DatePrecision precision) {

	}

	/**
	 * A delegate of the round: a person on record, or a new one by full name and the
	 * party they speak for (as on the round form).
	 *
	 * @param row its index on the form
	 * @param personId a person on record, or {@code null} for a new one
	 * @param fullName the new person's full name, or {@code null}
	 * @param partyId the party the new person speaks for, or {@code null}
	 * @param post their post at this round, or {@code null}
	 */
	public record DelegateItem(int row, Long personId, String fullName, Long partyId, String post) {

	}

}
