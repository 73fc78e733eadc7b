package org.parley.position;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.negotiation.Negotiation;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.proposal.Proposal;
import org.parley.round.Round;
import org.parley.round.RoundFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PositionTests {

	private static final LocalDate FEB_18 = LocalDate.of(2026, 2, 18);

	private final Negotiation talks = new Negotiation("russia-ukraine", "Russia–Ukraine peace talks");

	private final Proposal dmz = new Proposal(this.talks, "donbas-dmz", "DMZ");

	private final Party russia = new Party("russia", "Russia", PartyKind.STATE);

	@Test
	void aConditionalStanceNeedsItsCondition() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Position(this.dmz, this.russia, FEB_18, Stance.CONDITIONAL))
			.withMessageContaining("condition");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Position(this.dmz, this.russia, FEB_18, DatePrecision.DAY, Stance.CONDITIONAL, "   "));
		Position position = new Position(this.dmz, this.russia, FEB_18, DatePrecision.ON_OR_BEFORE, Stance.CONDITIONAL,
				"if Russian police or Rosgvardiya may patrol the zone");
		assertThat(position.getCondition()).startsWith("if Russian police");
		assertThatIllegalArgumentException().isThrownBy(() -> position.correctStance(Stance.CONDITIONAL, null));
		assertThat(position.getStance()).isEqualTo(Stance.CONDITIONAL);
	}

	@Test
	void refusesARoundFromAnotherNegotiation() {
		Position position = new Position(this.dmz, this.russia, FEB_18, Stance.REJECTS);
		Round elsewhere = new Round(new Negotiation("other", "Other"), "r", "R", FEB_18, null, RoundFormat.BILATERAL);
		assertThatIllegalArgumentException().isThrownBy(() -> position.madeAt(elsewhere));
		Round geneva = new Round(this.talks, "geneva", "Geneva", FEB_18, null, RoundFormat.TRILATERAL);
		position.madeAt(geneva);
		assertThat(position.getRound()).isSameAs(geneva);
	}

	@Test
	void stancesCarryWordAndSymbol() {
		assertThat(Stance.REJECTS.label()).isEqualTo("⊘ rejects");
		assertThat(Stance.CONDITIONAL.symbol()).isEqualTo("◐");
		assertThat(Stance.OPEN.word()).isEqualTo("open");
	}

}
