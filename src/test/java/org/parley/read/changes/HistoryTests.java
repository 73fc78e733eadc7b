package org.parley.read.changes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationRepository;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.position.DatePrecision;
import org.parley.position.Position;
import org.parley.position.PositionRepository;
import org.parley.position.Stance;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.proposal.ProposalStatus;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A record's history and {@code /changes}, built on the audit trail. Records are written
 * through the entities, as two editors, and flushed, so the audit rows exist in the
 * test's transaction, which rolls them back with everything else.
 */
@ParleyApplicationTest
@Transactional
class HistoryTests {

	private static final String ALICE = "hist-alice";

	private static final String BOB = "hist-bob";

	private static final String DMZ = "Demilitarized zone in the Donbas";

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	PartyRepository parties;

	@Autowired
	PositionRepository positions;

	@Test
	void historyListsEachVersionWithAuthorAndTime() throws Exception {
		Proposal proposal = editedProposal();
		String page = page(get("/proposals/{id}/history", proposal.getId()));
		assertThat(page).contains("History of ‘<bdi>Patrol plan</bdi>’")
			.contains("id=\"version-1\"", "id=\"version-2\"", "id=\"version-3\"")
			.doesNotContain("id=\"version-4\"")
			.contains(ALICE, BOB)
			.contains("created", "changed")
			.containsPattern("<time datetime=\"[^\"]+\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC</time>");
		// Newest first.
		assertThat(page.indexOf("id=\"version-3\"")).isLessThan(page.indexOf("id=\"version-1\""));
		List<String> authors = this.jdbc.queryForList(
				"select actor from audit_event where entity_type = 'Proposal' and entity_id = ? order by id",
				String.class, proposal.getId().toString());
		assertThat(authors).containsExactly(ALICE, BOB, BOB);
	}

	@Test
	void theDiffShowsChangedFieldsWordByWordAndEscaped() throws Exception {
		Proposal proposal = editedProposal();
		String page = page(get("/proposals/{id}/history", proposal.getId()).param("from", "1").param("to", "3"));
		assertThat(page).contains("Version 1 → version 3")
			.contains("<del>police.</del><ins>&lt;script&gt;alert(1)&lt;/script&gt; guards.</ins>")
			.contains("The zone is patrolled by ")
			.contains("<del>floated</del><ins>tabled</ins>")
			.doesNotContain("<script>alert(1)");
		// The two versions chosen stay chosen in the form.
		assertThat(page).containsPattern("name=\"from\" value=\"1\"[^>]*checked")
			.containsPattern("name=\"to\" value=\"3\"[^>]*checked");
		// By default the latest version against the one before: only the status changed.
		String latest = page(get("/proposals/{id}/history", proposal.getId()));
		assertThat(latest).contains("Version 2 → version 3")
			.contains("<del>floated</del><ins>tabled</ins>")
			.doesNotContain("<del>police.</del>");
	}

	@Test
	void aNewPositionReadsAsAStanceSentence() throws Exception {
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		as(ALICE, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 19), Stance.OPPOSES)));
		as(BOB, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 20), DatePrecision.DAY,
				Stance.CONDITIONAL, "if Russian police may patrol the zone")));
		String bobs = changes(page(get("/changes").param("editor", BOB)));
		assertThat(bobs)
			.contains(
					"Russia on " + DMZ + ": opposes → conditional (if Russian police may patrol the zone), 2026-02-20")
			.contains("logged by " + BOB);
		String alices = changes(page(get("/changes").param("editor", ALICE)));
		assertThat(alices).contains("Russia on " + DMZ + ": no position → opposes, 2026-02-19");
	}

	@Test
	void aCorrectedStanceReadsAsASentenceToo() throws Exception {
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		Position position = new Position(dmz, russia, LocalDate.of(2026, 2, 20), Stance.OPPOSES);
		as(ALICE, () -> this.positions.save(position));
		as(BOB, () -> position.correctStance(Stance.CONDITIONAL, "if Russian police may patrol the zone"));
		String bobs = changes(page(get("/changes").param("editor", BOB)));
		assertThat(bobs)
			.contains(
					"Russia on " + DMZ + ": opposes → conditional (if Russian police may patrol the zone), 2026-02-20")
			.contains("corrected by " + BOB);
	}

	@Test
	void otherChangesNameTheRecordTheEditorAndTheFields() throws Exception {
		Proposal proposal = editedProposal();
		String page = page(get("/changes").param("editor", BOB));
		assertThat(text(page)).contains("Proposal ‘Patrol plan’ edited by " + BOB + ": Status")
			.contains("Proposal ‘Patrol plan’ edited by " + BOB + ": Summary");
		assertThat(page).contains("href=\"/proposals/" + proposal.getId() + "\"")
			.contains("href=\"/proposals/" + proposal.getId() + "/history\"");
		assertThat(changes(page(get("/changes").param("editor", ALICE))))
			.contains("Proposal ‘Patrol plan’ created by " + ALICE);
	}

	@Test
	void changesFilterByKindEditorNegotiationAndDate() throws Exception {
		editedProposal();
		Negotiation other = new Negotiation("history-other-talks", "Other talks");
		as(ALICE, () -> {
			this.negotiations.save(other);
			this.proposals.save(new Proposal(other, "elsewhere-plan", "Elsewhere plan"));
		});
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		as(ALICE, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 19), Stance.OPPOSES)));

		String all = changes(page(get("/changes").param("editor", ALICE)));
		assertThat(all).contains("Patrol plan", "Elsewhere plan", "Other talks", "opposes");

		String proposalsOnly = changes(page(get("/changes").param("editor", ALICE).param("kind", "proposals")));
		assertThat(proposalsOnly).contains("Patrol plan", "Elsewhere plan").doesNotContain("opposes", "Other talks");

		String geneva = changes(page(get("/changes").param("editor", ALICE).param("negotiation", "russia-ukraine")));
		assertThat(geneva).contains("Patrol plan", "Russia on " + DMZ).doesNotContain("Elsewhere plan", "Other talks");

		String elsewhere = changes(
				page(get("/changes").param("editor", ALICE).param("negotiation", "history-other-talks")));
		assertThat(elsewhere).contains("Elsewhere plan", "Other talks").doesNotContain("Patrol plan", "opposes");

		assertThat(changes(page(get("/changes").param("editor", "HIST-Alice")))).contains("Patrol plan");
		assertThat(changes(page(get("/changes").param("editor", "hist-nobody")))).contains("Nothing changed")
			.doesNotContain("Patrol plan");

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(changes(page(get("/changes").param("editor", ALICE).param("from", today.toString()))))
			.contains("Patrol plan");
		assertThat(changes(page(get("/changes").param("editor", ALICE).param("from", today.plusDays(1).toString()))))
			.doesNotContain("Patrol plan");
		assertThat(changes(page(get("/changes").param("editor", ALICE).param("to", today.minusDays(1).toString()))))
			.doesNotContain("Patrol plan");
	}

	@Test
	void badFiltersAreRefusedReadably() throws Exception {
		assertThat(refused(get("/changes").param("from", "yesterday"))).contains("‘from’ must be a date");
		assertThat(refused(get("/changes").param("from", "2026-03-02").param("to", "2026-03-01")))
			.contains("must not be after");
		assertThat(refused(get("/changes").param("kind", "spaceships"))).contains("‘kind’ must be one of");
		assertThat(refused(get("/changes").param("before", "yesterday"))).contains("before");
	}

	@Test
	void unknownKindsAndRecordsAreNotFoundAndMalformedIdsRefused() throws Exception {
		this.mvc.perform(get("/spaceships/1/history").with(analyst())).andExpect(status().isNotFound());
		this.mvc.perform(get("/proposals/987654321/history").with(analyst())).andExpect(status().isNotFound());
		assertThat(refused(get("/proposals/abc/history"))).contains("‘id’ must be a record");
		refused(get("/proposals/0/history"));
		refused(get("/proposals/99999999999999999999/history"));
		Proposal proposal = editedProposal();
		assertThat(refused(get("/proposals/{id}/history", proposal.getId()).param("from", "7")))
			.contains("There is no version 7");
		refused(get("/proposals/{id}/history", proposal.getId()).param("to", "x"));
	}

	@Test
	void historyIsForSignedInUsersOnly() throws Exception {
		Proposal proposal = editedProposal();
		this.mvc.perform(get("/proposals/{id}/history", proposal.getId()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theDemoRecordHasItsFirstVersionOnChangesAndOnEveryHistory() throws Exception {
		Proposal dmz = dmz();
		String page = page(get("/proposals/{id}/history", dmz.getId()));
		assertThat(page).contains("id=\"version-1\"").doesNotContain("id=\"version-0\"");
		assertThat(text(page)).contains("Geneva demo record").contains(DMZ).contains("created");
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		assertThat(text(page(get("/parties/{id}/history", russia.getId())))).contains("Geneva demo record")
			.contains("Russia");
		assertThat(text(changes(page(get("/changes").param("editor", "Geneva demo record")))))
			.contains("Proposal ‘" + DMZ + "’ created by Geneva demo record");
	}

	@Test
	void recordsStoredBeforeTheTrailPredateTheHistory() throws Exception {
		long id = unaudited("Transnistria", "transnistria-hist");
		String page = page(get("/parties/{id}/history", id));
		assertThat(page).contains("No recorded changes; this record was stored before its history was kept.")
			.contains("href=\"/parties/" + id + "\"");
	}

	@Test
	void aRecordEditedAfterBeingStoredUnauditedStartsFromItsStateBefore() throws Exception {
		Party party = this.parties.findById(unaudited("Transnistria", "transnistria-hist")).orElseThrow();
		as(ALICE, () -> party.rename("Pridnestrovian Moldavian Republic", "Transnistria"));
		String page = page(get("/parties/{id}/history", party.getId()));
		assertThat(page).contains("id=\"version-0\"", "id=\"version-1\"", "as stored")
			.contains("<del>Transnistria</del><ins>Pridnestrovian Moldavian Republic</ins>");
	}

	/**
	 * A party written by plain SQL, as a database older than its audit trail holds it.
	 */
	private long unaudited(String name, String slug) {
		return this.jdbc.queryForObject(
				"insert into party (slug, name, short_name, kind) " + "values (?, ?, ?, 'STATE') returning id",
				Long.class, slug, name, name);
	}

	@Test
	void bothPagesRunAtMostEightStatementsWithManyEvents() throws Exception {
		Proposal proposal = editedProposal();
		this.jdbc.update(
				"""
						insert into audit_event (actor, action, entity_type, entity_id, changes)
						select 'hist-bulk', 'UPDATE', 'Proposal', ?,
						       jsonb_build_object('summary', jsonb_build_object('from', 'Summary ' || g, 'to', 'Summary ' || (g + 1)))
						from generate_series(1, 200) g
						""",
				proposal.getId().toString());
		SqlStatements.reset();
		String history = page(get("/proposals/{id}/history", proposal.getId()));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		assertThat(history).contains("id=\"version-203\"").contains("<del>200</del><ins>201</ins>");

		SqlStatements.reset();
		String first = page(get("/changes").param("editor", "hist-bulk").param("negotiation", "russia-ukraine"));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		assertThat(first.split("class=\"change\"", -1)).hasSize(51);
		String older = link(first, "next");
		String second = page(get(older));
		assertThat(text(second)).contains("Newest changes");
		assertThat(second.split("class=\"change\"", -1)).hasSize(51);
		String third = page(get(link(second, "next")));
		String fourth = page(get(link(third, "next")));
		assertThat(fourth.split("class=\"change\"", -1)).hasSize(51);
		assertThat(fourth).doesNotContain("rel=\"next\"");

		SqlStatements.reset();
		page(get("/changes"));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
	}

	/** Where the page's link of the given relation leads. */
	private static String link(String html, String rel) {
		return org.jsoup.Jsoup.parse(html).selectFirst("a[rel=" + rel + "]").attr("href");
	}

	/** A proposal created by Alice, then edited twice by Bob (summary, then status). */
	private Proposal editedProposal() {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		Proposal proposal = new Proposal(talks, "history-patrol-plan", "Patrol plan");
		proposal.summarise("The zone is patrolled by police.");
		as(ALICE, () -> this.proposals.save(proposal));
		as(BOB, () -> proposal.summarise("The zone is patrolled by <script>alert(1)</script> guards."));
		as(BOB, () -> proposal.changeStatus(ProposalStatus.TABLED));
		return proposal;
	}

	private Proposal dmz() {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		return this.proposals.findByNegotiationAndSlug(talks, "donbas-demilitarized-zone").orElseThrow();
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

	private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
		return user("hist-reader").roles("ANALYST");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(analyst()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The list of changes as text, without the filter form around it. */
	private static String changes(String html) {
		int start = html.indexOf("<ol class=\"change-list\"");
		return (start < 0) ? text(html.substring(html.indexOf("<main")))
				: text(html.substring(start, html.indexOf("</ol>", start)));
	}

	private static String text(String html) {
		// A <bdi> isolates a name within its sentence: no word break.
		return html.replaceAll("</?bdi>", "")
			.replaceAll("<[^>]*>", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.replaceAll(" ([,.:;])", "$1");
	}

}
