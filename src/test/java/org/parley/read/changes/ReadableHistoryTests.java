package org.parley.read.changes;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonRepository;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A history reads in the words of the record's pages: fields by their form's labels,
 * constants as the pages word them, other records by their current names; a proposal's
 * history lists the positions on it and the rounds that discussed it.
 */
@ParleyApplicationTest
@Transactional
class ReadableHistoryTests {

	private static final String ALICE = "readable-alice";

	private static final String BOB = "readable-bob";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PartyRepository parties;

	@Autowired
	PersonRepository people;

	@Test
	void aDemoProposalsHistoryReadsInThePagesWords() throws Exception {
		long id = id("select id from proposal where slug = 'joint-civilian-administration'");
		Document page = page("/proposals/" + id + "/history");
		assertThat(field(page, "Status")).isEqualTo("under discussion");
		assertThat(field(page, "Disclosure")).isEqualTo("reported (only described in reports)");
		assertThat(field(page, "Negotiation")).isEqualTo("Russia–Ukraine peace talks");
		assertThat(field(page, "Topics"))
			.isEqualTo("Governance, Security arrangements, Status of the Donbas, Territory");
		assertThat(field(page, "Proposed by")).isEqualTo("United States");
		assertThat(field(page, "Title"))
			.isEqualTo("Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone");
		assertThat(labels(page)).contains("Regions", "Summary", "First reported on", "Point 1", "Citation")
			// Its points, relations and reports show as parts, not as lists of ids;
			// its slug is nobody's reading.
			.doesNotContain("points", "relations", "citations", "slug", "topics", "status", "negotiation");
		String tables = page.select("table.history-versions, table.history-diff").text();
		assertThat(tables).doesNotContain("[", "]", "null")
			.doesNotContain("UNDER_DISCUSSION", "REPORTED", "SUPPORTS", "DISPUTES")
			.doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
		assertThat(page.select("#version-1 td").get(4).text()).startsWith("Negotiation, Title, Summary, Status");
	}

	@Test
	void aPositionsHistoryShowsTheStanceInWordsAndThePartyByName() throws Exception {
		long id = id("select po.id from position po join party pa on pa.id = po.party_id "
				+ "where pa.slug = 'russia' and po.stance = 'CONDITIONAL'");
		Document page = page("/positions/" + id + "/history");
		assertThat(page.selectFirst("h1").text()).isEqualTo("History of ‘Russia on Demilitarized zone in the Donbas’");
		assertThat(field(page, "Stance")).isEqualTo("◐ conditional");
		assertThat(field(page, "Party")).isEqualTo("Russia");
		assertThat(field(page, "Proposal")).isEqualTo("Demilitarized zone in the Donbas");
		assertThat(field(page, "Speaker")).isEqualTo("Yuri Ushakov");
		assertThat(field(page, "How exactly the date is known")).isEqualTo("on or before that day");
		assertThat(field(page, "Condition")).startsWith("if Russian police");
		String tables = page.select("table.history-versions, table.history-diff").text();
		assertThat(tables).doesNotContain("CONDITIONAL", "ON_OR_BEFORE", "[", "null");
		assertThat(page.select("a[href=/proposals/" + id("select proposal_id from position where id = " + id) + "]"))
			.isNotEmpty();
	}

	@Test
	void aRenamedPartyShowsByItsCurrentNameInOtherRecordsHistories() throws Exception {
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		as(ALICE, () -> russia.rename("Russian Federation", "Russia"));
		long position = id("select po.id from position po where po.party_id = " + russia.getId()
				+ " and po.stance = 'CONDITIONAL'");
		Document positionPage = page("/positions/" + position + "/history");
		assertThat(field(positionPage, "Party")).isEqualTo("Russian Federation");
		assertThat(positionPage.selectFirst("h1").text()).contains("Russian Federation on");
		long round = id("select id from round where slug = 'geneva-2026-02-17'");
		assertThat(field(page("/rounds/" + round + "/history"), "Participating parties"))
			.isEqualTo("Russian Federation, Ukraine, United States");
		long ushakov = id("select id from person where slug = 'yuri-ushakov'");
		assertThat(field(page("/people/" + ushakov + "/history"), "Speaks for")).isEqualTo("Russian Federation");
	}

	@Test
	void aRecordDeletedSinceIsNamedAsDeleted() throws Exception {
		Party interim = new Party("readable-interim", "Interim Council", PartyKind.OTHER);
		Person envoy = new Person("readable-envoy", "Readable Envoy");
		as(ALICE, () -> {
			this.parties.save(interim);
			envoy.appoint("Envoy", interim);
			this.people.save(envoy);
		});
		Party ukraine = this.parties.findBySlug("ukraine").orElseThrow();
		as(BOB, () -> {
			envoy.appoint("Envoy", ukraine);
			this.entityManager.flush();
			this.parties.delete(interim);
		});
		Document page = page("/people/" + envoy.getId() + "/history?from=1&to=2");
		assertThat(diffRow(page, "Speaks for").text()).contains("(deleted party #" + interim.getId() + ")")
			.contains("Ukraine");
	}

	@Test
	void aProposalsHistoryListsThePositionsOnItAndTheRoundsThatDiscussedIt() throws Exception {
		long id = id("select id from proposal where slug = 'joint-civilian-administration'");
		Document page = page("/proposals/" + id + "/history");
		Element positions = section(page, "history-positions-heading");
		List<Long> positionIds = this.jdbc.queryForList("select id from position where proposal_id = ?", Long.class,
				id);
		assertThat(positions.select("li")).hasSize(positionIds.size());
		positionIds.forEach(
				(position) -> assertThat(positions.select("a[href=/positions/" + position + "/history]")).hasSize(1));
		assertThat(positions.text()).contains("Ukraine ⊘ rejects").contains("United States ✓ supports");
		// Latest first: the US's statement of 18 February after Ukraine's of the 21st.
		assertThat(positions.text().indexOf("Ukraine")).isLessThan(positions.text().indexOf("United States"));
		long round = id("select id from round where slug = 'geneva-2026-02-17'");
		Element rounds = section(page, "history-rounds-heading");
		assertThat(rounds.select("a[href=/rounds/" + round + "]").text())
			.isEqualTo("Geneva talks, 17–18 February 2026");
		assertThat(rounds.select("a[href=/rounds/" + round + "/history]")).hasSize(1);
		assertThat(rounds.text()).contains("17 Feb 2026 – 18 Feb 2026");
	}

	@Test
	void aBusyProposalsHistoryListsTheLatestFiftyOfEachWithinEightStatements() throws Exception {
		long id = id("select id from proposal where slug = 'joint-civilian-administration'");
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stance)
				select ?, (select id from party where slug = 'russia'), date '2026-03-01' + g, 'OPEN'
				from generate_series(1, 60) g
				""", id);
		this.jdbc.update("""
				with added as (
				    insert into round (negotiation_id, slug, title, starts_on, format)
				    select (select negotiation_id from proposal where id = ?), 'readable-round-' || g,
				           'Readable round ' || g, date '2026-03-01' + g, 'BILATERAL'
				    from generate_series(1, 60) g
				    returning id
				)
				insert into round_proposal (round_id, proposal_id) select added.id, ? from added
				""", id, id);
		SqlStatements.reset();
		Document page = page("/proposals/" + id + "/history");
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		Element positions = section(page, "history-positions-heading");
		assertThat(positions.select("li")).hasSize(HistoryController.ACTIVITY_SIZE);
		assertThat(positions.select("li").first().text()).contains("Russia ? open");
		assertThat(positions.select("a[href=/proposals/" + id + "#history-heading]").text())
			.isEqualTo("The latest 50; every position is on the proposal’s page");
		Element rounds = section(page, "history-rounds-heading");
		assertThat(rounds.select("li")).hasSize(HistoryController.ACTIVITY_SIZE);
		assertThat(rounds.select("li").first().text()).contains("Readable round 60");
		assertThat(rounds.select("a[href=/proposals/" + id + "#rounds-heading]")).hasSize(1);
	}

	@Test
	void otherKindsReadInTheirFormsWordsToo() throws Exception {
		long round = id("select id from round where slug = 'geneva-2026-02-17'");
		Document roundPage = page("/rounds/" + round + "/history");
		assertThat(field(roundPage, "Format")).isEqualTo("trilateral");
		assertThat(field(roundPage, "Outcome")).isEqualTo("stalemate");
		assertThat(field(roundPage, "Mediator")).isEqualTo("United States");
		assertThat(field(roundPage, "First day")).isEqualTo("2026-02-17");
		assertThat(labels(roundPage)).doesNotContain("proposals", "citations", "delegates", "slug");
		long source = id("select id from source where slug = 'report'");
		Document sourcePage = page("/sources/" + source + "/history");
		assertThat(field(sourcePage, "Reliability (Admiralty)")).isEqualTo("C — fairly reliable");
		assertThat(field(sourcePage, "Kind")).isEqualTo("media");
		assertThat(field(sourcePage, "Status")).isEqualTo("active");
		long citation = id("select min(id) from citation where headline is null and excerpt is not null");
		Document citationPage = page("/citations/" + citation + "/history");
		assertThat(citationPage.selectFirst("h1").text()).doesNotContain("Citation #").contains("“");
		assertThat(field(citationPage, "It rests on an unnamed source")).isIn("yes", "no");
		assertThat(field(citationPage, "Credibility of the information")).matches("[1-6] — .+");
		long party = id("select id from party where slug = 'ukraine'");
		assertThat(field(page("/parties/" + party + "/history"), "Kind")).isEqualTo("state");
		Document negotiation = page(
				"/negotiations/" + id("select id from negotiation where slug = 'russia-ukraine'") + "/history");
		assertThat(field(negotiation, "Address")).isEqualTo("russia-ukraine");
		assertThat(labels(negotiation)).doesNotContain("parties", "Parties involved");
	}

	// --- helpers

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private Document page(String address) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(address).with(user("readable-reader").roles("ANALYST")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The value of a field in the comparison, as the page shows it. */
	private static String field(Document page, String label) {
		return diffRow(page, label).selectFirst("td").text();
	}

	private static Element diffRow(Document page, String label) {
		return page.select("table.history-diff tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").ownText().equals(label)
					|| row.selectFirst("th").text().startsWith(label + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no field " + label + " in " + labels(page)));
	}

	private static List<String> labels(Document page) {
		return page.select("table.history-diff tbody th").stream().map(Element::ownText).toList();
	}

	private static Element section(Document page, String heading) {
		return page.selectFirst("section[aria-labelledby=" + heading + "]");
	}

	/** Writes and flushes as the given editor, so the audit rows name them. */
	private void as(String username, Runnable write) {
		SecurityContext saved = SecurityContextHolder.getContext();
		SecurityContext editor = SecurityContextHolder.createEmptyContext();
		editor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
		SecurityContextHolder.setContext(editor);
		try {
			write.run();
			this.entityManager.flush();
		}
		finally {
			SecurityContextHolder.setContext(saved);
		}
	}

}
