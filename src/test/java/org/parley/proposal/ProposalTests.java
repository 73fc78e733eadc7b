package org.parley.proposal;

import org.junit.jupiter.api.Test;
import org.parley.negotiation.Negotiation;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.Source;
import org.parley.source.SourceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIndexOutOfBoundsException;

class ProposalTests {

	private final Negotiation talks = new Negotiation("russia-ukraine", "Russia–Ukraine peace talks");

	private final Proposal plan = new Proposal(this.talks, "28-point-plan", "28-point plan");

	@Test
	void pointsKeepDenseOrdinalsThroughMovesAndRemovals() {
		this.plan.addPoint("1", "Sovereignty of Ukraine will be confirmed.");
		this.plan.addPoint("2", "A non-aggression agreement.");
		this.plan.addPoint("3", "Russia will not invade neighbouring countries.");
		this.plan.movePoint(2, 0);
		assertThat(this.plan.getPoints()).extracting(ProposalPoint::getLabel).containsExactly("3", "1", "2");
		assertThat(this.plan.getPoints()).extracting(ProposalPoint::getOrdinal).containsExactly(0, 1, 2);
		this.plan.removePoint(1);
		assertThat(this.plan.getPoints()).extracting(ProposalPoint::getLabel).containsExactly("3", "2");
		assertThat(this.plan.getPoints()).extracting(ProposalPoint::getOrdinal).containsExactly(0, 1);
		this.plan.insertPoint(1, "1", "Sovereignty restored.");
		assertThat(this.plan.getPoints()).extracting(ProposalPoint::getOrdinal).containsExactly(0, 1, 2);
	}

	@Test
	void refusesBlankPointsAndBadIndexes() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plan.addPoint(null, " "));
		assertThatIndexOutOfBoundsException().isThrownBy(() -> this.plan.movePoint(0, 1));
	}

	@Test
	void refusesARelationToItself() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.plan.addRelation(RelationKind.SUPERSEDES, this.plan, null))
			.withMessageContaining("itself");
	}

	@Test
	void recordsEachRelationOnce() {
		Proposal dmz = new Proposal(this.talks, "donbas-dmz", "Demilitarized zone in the Donbas");
		ProposalRelation first = dmz.addRelation(RelationKind.PART_OF, this.plan, null);
		ProposalRelation again = dmz.addRelation(RelationKind.PART_OF, this.plan, "point 21");
		assertThat(again).isSameAs(first);
		assertThat(dmz.getRelations()).singleElement().extracting(ProposalRelation::getNote).isEqualTo("point 21");
		dmz.removeRelation(RelationKind.PART_OF, this.plan);
		assertThat(dmz.getRelations()).isEmpty();
	}

	@Test
	void citingTheSameReportAgainChangesItsBearing() {
		Citation citation = new Citation(new Source("nyt", "The New York Times", SourceKind.MEDIA), null, null, null,
				3);
		this.plan.cite(citation, Bearing.SUPPORTS);
		this.plan.cite(citation, Bearing.DISPUTES);
		assertThat(this.plan.getCitations()).singleElement()
			.extracting(ProposalCitation::getBearing)
			.isEqualTo(Bearing.DISPUTES);
	}

}
