package org.parley.read.rounds;

import java.time.LocalDate;
import java.util.List;

import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;

/** One round on the timeline. */
public record TimelineEntry(long id, String title, String negotiationSlug, String negotiationTitle, String place,
		LocalDate startsOn, LocalDate endsOn, RoundFormat format, RoundOutcome outcome, PartyRef mediator,
		int proposalCount, List<PartyRef> parties) {

	TimelineEntry withParties(List<PartyRef> parties) {
		return new TimelineEntry(this.id, this.title, this.negotiationSlug, this.negotiationTitle, this.place,
				this.startsOn, this.endsOn, this.format, this.outcome, this.mediator, this.proposalCount,
				List.copyOf(parties));
	}

	/** Whether the round lasted more than its first day. */
	public boolean spansDays() {
		return this.endsOn != null && !this.endsOn.equals(this.startsOn);
	}

}
