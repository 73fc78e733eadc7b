package org.parley.round;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.negotiation.Negotiation;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.proposal.Proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoundTests {

	private static final LocalDate FEB_17 = LocalDate.of(2026, 2, 17);

	private static final LocalDate FEB_18 = LocalDate.of(2026, 2, 18);

	private final Negotiation talks = new Negotiation("russia-ukraine", "Russia–Ukraine peace talks");

	private final Round geneva = new Round(this.talks, "geneva-2026-02", "Geneva talks", FEB_17, FEB_18,
			RoundFormat.TRILATERAL);

	@Test
	void refusesToEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Round(this.talks, "x", "X", FEB_18, FEB_17, RoundFormat.BILATERAL))
			.withMessageContaining("cannot end (2026-02-17) before it starts (2026-02-18)");
		assertThatIllegalArgumentException().isThrownBy(() -> this.geneva.reschedule(FEB_18, FEB_17));
		assertThat(this.geneva.getStartsOn()).isEqualTo(FEB_17);
		this.geneva.reschedule(FEB_18, null);
		assertThat(this.geneva.getEndsOn()).isNull();
	}

	@Test
	void recordsEachProposalOnce() {
		Proposal dmz = new Proposal(this.talks, "donbas-dmz", "DMZ");
		Party us = new Party("united-states", "United States", PartyKind.STATE);
		RoundProposal entry = this.geneva.addProposal(dmz, us, null);
		assertThat(entry.getIntroducedBy()).isSameAs(us);
		assertThat(this.geneva.proposalEntry(dmz)).containsSame(entry);
		assertThatIllegalArgumentException().isThrownBy(() -> this.geneva.addProposal(dmz, null, null))
			.withMessageContaining("already recorded");
	}

	@Test
	void refusesAProposalFromAnotherNegotiation() {
		Proposal elsewhere = new Proposal(new Negotiation("other", "Other talks"), "plan", "Plan");
		assertThatIllegalArgumentException().isThrownBy(() -> this.geneva.addProposal(elsewhere, null, null))
			.withMessageContaining("another negotiation");
	}

	@Test
	void theMediatorTakesPart() {
		Party us = new Party("united-states", "United States", PartyKind.STATE);
		this.geneva.mediatedBy(us);
		assertThat(this.geneva.getParties()).containsExactly(us);
	}

}
