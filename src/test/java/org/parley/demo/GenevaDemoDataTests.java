package org.parley.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.FirstVersions;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationParty;
import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.PartyRole;
import org.parley.party.Party;
import org.parley.position.DatePrecision;
import org.parley.position.Position;
import org.parley.position.PositionRepository;
import org.parley.position.Stance;
import org.parley.proposal.Disclosure;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalPoint;
import org.parley.proposal.ProposalRelation;
import org.parley.proposal.ProposalRepository;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.round.Round;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.round.RoundProposal;
import org.parley.round.RoundProposalCitation;
import org.parley.round.RoundRepository;
import org.parley.source.Citation;
import org.parley.source.Reliability;
import org.parley.source.SourceRepository;
import org.parley.test.PostgresDataJpaTest;
import org.parley.topic.TopicRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Geneva record loads without duplicates however often it runs, and every fact of the
 * article reads back through the repositories as structured data, not prose.
 */
@PostgresDataJpaTest
@Import({ DemoData.class, FirstVersions.class })
class GenevaDemoDataTests {

	private static final List<String> RECORD_TABLES = List.of("source", "citation", "party", "person", "topic",
			"region", "negotiation", "negotiation_party", "proposal", "proposal_point", "proposal_relation",
			"proposal_citation", "proposal_proposer", "proposal_topic", "proposal_region", "round", "round_party",
			"round_citation", "round_proposal", "round_proposal_citation", "position", "position_citation",
			"topic_claim", "topic_claim_citation", "proposal_relation_citation", "person_title",
			"person_title_citation", "position_argument", "position_argument_citation", "position_precondition",
			"audit_event");

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	RoundRepository rounds;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	PositionRepository positions;

	@Autowired
	SourceRepository sources;

	@Autowired
	TopicRepository topics;

	Negotiation talks;

	@BeforeEach
	void load() {
		this.demoData.load();
		this.talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
	}

	@Test
	void loadingAgainAddsNothing() {
		Map<String, Long> before = rowCounts();
		this.demoData.load();
		this.demoData.load();
		assertThat(rowCounts()).isEqualTo(before);
		// Every table of the record holds some of it (accounts, sessions, tokens and
		// webhooks are no part of it, and the demo round lists no delegates).
		assertThat(before).allSatisfy((table, rows) -> {
			if (RECORD_TABLES.contains(table)) {
				assertThat(rows).as(table).isPositive();
			}
		});
	}

	@Test
	void everyLoadedRowHasItsFirstVersionWithEveryField() {
		assertThat(this.jdbc.queryForObject("select count(*) from proposal p where not exists (select 1 from "
				+ "audit_event e where e.entity_type = 'Proposal' and e.entity_id = p.id::text "
				+ "and e.action = 'CREATE' and e.actor = 'Geneva demo record')", Long.class))
			.isZero();
		Map<String, Object> created = this.jdbc.queryForMap(
				"select e.changes ->> 'title' as title, e.changes ? 'summary' as summary, e.changes ? 'topics' as topics, "
						+ "e.detail from audit_event e join proposal p on e.entity_id = p.id::text "
						+ "where e.entity_type = 'Proposal' and p.slug = 'joint-civilian-administration'");
		assertThat(created.get("title").toString()).contains("Joint Russian–Ukrainian civilian administration");
		assertThat(created).containsEntry("summary", true).containsEntry("topics", true);
		assertThat(created.get("detail").toString()).contains("Geneva demo record");
		// Every point has its creation as a part of its proposal. (Counted per point:
		// tests
		// that commit a proposal and delete it after leave its points' rows in the
		// trail.)
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_point pp where not exists (select 1 "
				+ "from audit_event e where e.entity_type = 'ProposalPoint' and e.entity_id = pp.id::text "
				+ "and e.part_of_type = 'Proposal' and e.action = 'CREATE')", Long.class))
			.isZero();
	}

	@Test
	void theNegotiationHasItsPartiesAndTheMediator() {
		assertThat(this.talks.getTitle()).isEqualTo("Russia–Ukraine peace talks");
		assertThat(this.talks.getParties()).extracting((p) -> p.getParty().getSlug(), NegotiationParty::getRole)
			.contains(org.assertj.core.groups.Tuple.tuple("ukraine", PartyRole.PARTY),
					org.assertj.core.groups.Tuple.tuple("russia", PartyRole.PARTY),
					org.assertj.core.groups.Tuple.tuple("united-states", PartyRole.MEDIATOR));
	}

	@Test
	void theGenevaRoundEndedInStalemate() {
		Round geneva = this.rounds.findByNegotiationAndSlug(this.talks, "geneva-2026-02-17").orElseThrow();
		assertThat(geneva.getPlace()).isEqualTo("Geneva");
		assertThat(geneva.getStartsOn()).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(geneva.getEndsOn()).isEqualTo(LocalDate.of(2026, 2, 18));
		assertThat(geneva.getFormat()).isEqualTo(RoundFormat.TRILATERAL);
		assertThat(geneva.getOutcome()).isEqualTo(RoundOutcome.STALEMATE);
		assertThat(geneva.getMediator().getSlug()).isEqualTo("united-states");
		assertThat(geneva.getParties()).extracting(Party::getSlug)
			.containsExactlyInAnyOrder("ukraine", "russia", "united-states");
		assertThat(geneva.getCitations()).isNotEmpty();
	}

	@Test
	void theUnitedStatesIntroducedTheJointAdministrationAtGenevaPerAnAnonymousSource() {
		Round geneva = this.rounds.findByNegotiationAndSlug(this.talks, "geneva-2026-02-17").orElseThrow();
		RoundProposal entry = geneva.proposalEntry(proposal("joint-civilian-administration")).orElseThrow();
		assertThat(entry.getIntroducedBy().getSlug()).isEqualTo("united-states");
		List<Citation> evidence = entry.getCitations().stream().map(RoundProposalCitation::getCitation).toList();
		assertThat(evidence).anySatisfy((citation) -> {
			assertThat(citation.isAnonymous()).isTrue();
			assertThat(citation.getAnonymousDescription()).isEqualTo("a person familiar with the discussions");
			assertThat(citation.getSource().getSlug()).isEqualTo("kyiv-independent");
		});
	}

	@Test
	void theJointAdministrationIsDescribedPointByPointAndFirstReportedByTheNewYorkTimes() {
		Proposal joint = proposal("joint-civilian-administration");
		assertThat(joint.getStatus()).isEqualTo(ProposalStatus.UNDER_DISCUSSION);
		assertThat(joint.getDisclosure()).isEqualTo(Disclosure.REPORTED);
		assertThat(joint.getProposers()).extracting(Party::getSlug).containsExactly("united-states");
		assertThat(joint.getFirstReportedOn()).isEqualTo(LocalDate.of(2026, 2, 18));
		assertThat(joint.getFirstReportedCitation().getSource().getName()).isEqualTo("The New York Times");
		assertThat(joint.getPoints()).extracting(ProposalPoint::getText)
			.anySatisfy((text) -> assertThat(text).containsIgnoringCase("troops"))
			.anySatisfy((text) -> assertThat(text).containsIgnoringCase("civilian authority"))
			.anySatisfy((text) -> assertThat(text).containsIgnoringCase("Ukrainian and Russian representatives"));
		assertThat(joint.getTopics()).extracting((topic) -> topic.getSlug()).contains("status-of-donbas");
		assertThat(joint.getRegions()).extracting((region) -> region.getSlug()).contains("donetsk-oblast");
	}

	@Test
	void theLineageRunsFromThe28PointPlanToTheJointAdministrationWithTheFrozenLineAsAlternative() {
		assertThat(relationsOf("joint-civilian-administration")).containsEntry("donbas-demilitarized-zone",
				RelationKind.EVOLVED_FROM);
		assertThat(relationsOf("donbas-demilitarized-zone")).containsEntry("28-point-peace-plan", RelationKind.PART_OF);
		assertThat(relationsOf("freeze-current-front-line")).containsEntry("donbas-demilitarized-zone",
				RelationKind.ALTERNATIVE_TO);
		Proposal plan = proposal("28-point-peace-plan");
		assertThat(plan.getProposers()).extracting(Party::getSlug).containsExactlyInAnyOrder("united-states", "russia");
		assertThat(plan.getPoints()).extracting(ProposalPoint::getText)
			.anySatisfy((text) -> assertThat(text).contains("Donetsk Oblast"));
	}

	@Test
	void ukraineRejectsTheJointAdministrationInMerezhkosWords() {
		List<Position> ukraine = this.positions
			.findByProposalAndPartyOrderByStatedOnAscIdAsc(proposal("joint-civilian-administration"), party("ukraine"));
		assertThat(ukraine).isNotEmpty()
			.allSatisfy((position) -> assertThat(position.getStance()).isEqualTo(Stance.REJECTS));
		assertThat(ukraine).filteredOn((position) -> position.getSpeaker() != null).anySatisfy((position) -> {
			assertThat(position.getSpeaker().getFullName()).isEqualTo("Oleksandr Merezhko");
			assertThat(position.getSpeaker().getTitle()).contains("foreign affairs committee");
			assertThat(position.getQuote()).isEqualTo("That's the core of the problem. For us, this is unacceptable.");
			assertThat(position.getCitations()).isNotEmpty();
		});
		assertThat(ukraine).extracting(Position::getQuote).contains("They are trying to disguise the withdrawal.");
	}

	@Test
	void russiaAcceptsTheDemilitarizedZoneIfRosgvardiyaMayPatrolIt() {
		List<Position> russia = this.positions
			.findByProposalAndPartyOrderByStatedOnAscIdAsc(proposal("donbas-demilitarized-zone"), party("russia"));
		assertThat(russia).singleElement().satisfies((position) -> {
			assertThat(position.getStance()).isEqualTo(Stance.CONDITIONAL);
			assertThat(position.getCondition()).contains("Rosgvardiya");
			assertThat(position.getSpeaker().getFullName()).isEqualTo("Yuri Ushakov");
			assertThat(position.getSpeaker().getTitle()).contains("presidential aide");
			assertThat(position.getStatedOnPrecision()).isEqualTo(DatePrecision.ON_OR_BEFORE);
		});
	}

	@Test
	void eachSideHoldsToItsOwnBasisForACeasefire() {
		assertThat(latestStance("freeze-current-front-line", "ukraine")).isEqualTo(Stance.SUPPORTS);
		assertThat(latestStance("ukrainian-withdrawal-from-donbas", "russia")).isEqualTo(Stance.SUPPORTS);
		assertThat(latestStance("ukrainian-withdrawal-from-donbas", "ukraine")).isEqualTo(Stance.REJECTS);
		assertThat(latestStance("donbas-demilitarized-zone", "ukraine")).isEqualTo(Stance.OPPOSES);
		assertThat(latestStance("joint-civilian-administration", "united-states")).isEqualTo(Stance.SUPPORTS);
	}

	@Test
	void reportsAreGradedAndChainedFromReportThroughTheKyivIndependentToTheNewYorkTimes() {
		assertThat(this.sources.findBySlug("kyiv-independent").orElseThrow().getReliability()).isEqualTo(Reliability.B);
		assertThat(this.sources.findBySlug("report").orElseThrow().getReliability()).isEqualTo(Reliability.C);
		Citation firstReport = proposal("joint-civilian-administration").getCitations()
			.stream()
			.map((link) -> link.getCitation())
			.filter((citation) -> citation.viaChain().size() == 2)
			.findFirst()
			.orElseThrow();
		assertThat(firstReport.getSource().getName()).isEqualTo("Report");
		assertThat(firstReport.getPublishedOn()).isEqualTo(LocalDate.of(2026, 2, 21));
		assertThat(firstReport.viaChain()).extracting((citation) -> citation.getSource().getName())
			.containsExactly("The Kyiv Independent", "The New York Times");
		assertThat(firstReport.admiraltyCode()).isEqualTo("C2");
	}

	@Test
	void theStatusOfTheDonbasIsTheContestedIssueByTheOutletsOwnCitedAssessment() {
		assertThat(this.topics.findBySlug("status-of-donbas").orElseThrow().getDescription())
			.doesNotContain("contentious");
		assertThat(this.jdbc.queryForList("""
				select tc.claim || ' / ' || coalesce(tc.party_id::text, 'outlet') || ' / ' || c.excerpt
				from topic_claim tc join topic t on t.id = tc.topic_id
				join topic_claim_citation l on l.claim_id = tc.id join citation c on c.id = l.citation_id
				where t.slug = 'status-of-donbas'""", String.class))
			.containsExactly("The status of the Donbas remains the most contentious issue between Kyiv and Moscow."
					+ " / outlet / The status of the Donbas remains the most contentious issue between Kyiv and Moscow.");
	}

	@Test
	void theLineageReadingAndThePeoplesTitlesCiteTheExcerptsThatSaySo() {
		assertThat(this.jdbc.queryForList("""
				select c.excerpt from proposal_relation_citation l join proposal_relation r on r.id = l.relation_id
				join proposal a on a.id = r.proposal_id join citation c on c.id = l.citation_id
				where a.slug = 'joint-civilian-administration' and r.kind = 'EVOLVED_FROM'""", String.class))
			.singleElement()
			.asString()
			.contains("presenting it under different terminology");
		assertThat(this.jdbc.queryForList("""
				select p.slug || ': ' || t.title || ' as of ' || t.held_on || ' / ' || left(c.excerpt, 40)
				from person_title t join person p on p.id = t.person_id
				join person_title_citation l on l.title_id = t.id join citation c on c.id = l.citation_id
				order by p.slug""", String.class)).containsExactly(
				"oleksandr-merezhko: head of parliament's foreign affairs committee as of 2026-02-21 / Oleksandr Merezhko, head of parliament's",
				"yuri-ushakov: Russian presidential aide as of 2026-02-21 / Russian presidential aide Yuri Ushakov p");
	}

	private Map<String, RelationKind> relationsOf(String slug) {
		return proposal(slug).getRelations()
			.stream()
			.collect(Collectors.toMap((relation) -> relation.getRelated().getSlug(), ProposalRelation::getKind));
	}

	private Stance latestStance(String proposal, String party) {
		List<Position> series = this.positions.findByProposalAndPartyOrderByStatedOnAscIdAsc(proposal(proposal),
				party(party));
		assertThat(series).as("%s on %s", party, proposal).isNotEmpty();
		return series.get(series.size() - 1).getStance();
	}

	private Proposal proposal(String slug) {
		return this.proposals.findByNegotiationAndSlug(this.talks, slug).orElseThrow();
	}

	private Party party(String slug) {
		return this.talks.getParties()
			.stream()
			.map(NegotiationParty::getParty)
			.filter((party) -> party.getSlug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Long> rowCounts() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' "
						+ "and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1",
				String.class);
		return tables.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> this.jdbc.queryForObject("select count(*) from " + table, Long.class)));
	}

}
