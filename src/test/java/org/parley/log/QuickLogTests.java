package org.parley.log;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quick log as an editor: one report, one round, its proposals and positions, all in
 * one go; each invalid field said next to it; rows added and removed without saving.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "log-editor", roles = "EDITOR")
class QuickLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormStartsWithTwoProposalRowsAndThreePositionRowsAndTheOnlyNegotiationChosen() throws Exception {
		String html = this.mvc.perform(get("/log"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Log a round")))
			.andExpect(content().string(containsString("name=\"proposals[1].title\"")))
			.andExpect(content().string(not(containsString("name=\"proposals[2].title\""))))
			.andExpect(content().string(containsString("name=\"positions[2].partyId\"")))
			.andExpect(content().string(not(containsString("name=\"positions[3].partyId\""))))
			.andExpect(content().string(containsString("Proposal row 2: (empty)")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long negotiations = this.jdbc.queryForObject("select count(*) from negotiation", Long.class);
		if (negotiations == 1) {
			assertThat(html).containsPattern("<option value=\""
					+ QuickLogPage.id(this.jdbc, "negotiation", "russia-ukraine") + "\" selected=\"selected\"");
		}
	}

	@Test
	void aValidLogCreatesTheRoundTwoProposalsThreePositionsAndOneCitationLinkedToEverything() throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		MvcResult result = this.mvc
			.perform(QuickLogPage.post(QuickLogPage.valid(this.jdbc, "Abu Dhabi talks, 4–5 March 2026"),
					"round.partyIds", QuickLogPage.id(this.jdbc, "party", "russia")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "log.notice.saved"))
			.andExpect(flash().attribute("flashName", "Abu Dhabi talks, 4–5 March 2026"))
			.andReturn();
		Map<String, Long> after = QuickLogPage.counts(this.jdbc);
		assertThat(after.get("round") - before.get("round")).isEqualTo(1);
		assertThat(after.get("proposal") - before.get("proposal")).isEqualTo(2);
		assertThat(after.get("position") - before.get("position")).isEqualTo(3);
		assertThat(after.get("citation") - before.get("citation")).isEqualTo(1);
		assertThat(after.get("source")).isEqualTo(before.get("source"));

		long roundId = this.jdbc.queryForObject("select id from round where title = ?", Long.class,
				"Abu Dhabi talks, 4–5 March 2026");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + roundId);
		long citationId = this.jdbc.queryForObject("select max(id) from citation", Long.class);
		assertThat(this.jdbc.queryForMap(
				"select s.slug, c.url, c.headline, c.published_on::text as published, c.excerpt, c.credibility, c.anonymous "
						+ "from citation c join source s on s.id = c.source_id where c.id = ?",
				citationId))
			.containsEntry("slug", "report")
			.containsEntry("url", "https://report.az/en/abu-dhabi-talks")
			.containsEntry("published", "2026-03-06")
			.containsEntry("credibility", 2)
			.containsEntry("anonymous", false);
		assertThat(this.jdbc.queryForMap(
				"select r.slug, r.place, r.starts_on::text as starts, r.ends_on::text as ends, r.format, r.outcome, "
						+ "m.slug as mediator from round r join party m on m.id = r.mediator_party_id where r.id = ?",
				roundId))
			.containsEntry("slug", "abu-dhabi-talks-4-5-march-2026")
			.containsEntry("place", "Abu Dhabi")
			.containsEntry("starts", "2026-03-04")
			.containsEntry("ends", "2026-03-05")
			.containsEntry("format", "TRILATERAL")
			.containsEntry("outcome", "PARTIAL_AGREEMENT")
			.containsEntry("mediator", "united-states");
		assertThat(this.jdbc.queryForList(
				"select p.slug from round_party rp join party p on p.id = rp.party_id where rp.round_id = ? order by p.slug",
				String.class, roundId))
			.containsExactly("russia", "ukraine", "united-states");
		// Everything cited to the one report, as supporting it.
		assertThat(this.jdbc.queryForList("select bearing from round_citation where round_id = ? and citation_id = ?",
				String.class, roundId, citationId))
			.containsExactly("SUPPORTS");
		List<Map<String, Object>> discussed = this.jdbc.queryForList(
				"select p.id, p.title, p.status, p.first_reported_on::text as first, pa.slug as introduced, "
						+ "(select count(*) from round_proposal_citation c where c.round_proposal_id = rp.id "
						+ "and c.citation_id = ? and c.bearing = 'SUPPORTS') as cited, "
						+ "(select count(*) from proposal_citation c where c.proposal_id = p.id "
						+ "and c.citation_id = ? and c.bearing = 'SUPPORTS') as proposal_cited, "
						+ "(select count(*) from proposal_proposer pp where pp.proposal_id = p.id) as proposers "
						+ "from round_proposal rp join proposal p on p.id = rp.proposal_id "
						+ "join party pa on pa.id = rp.introduced_by_party_id where rp.round_id = ? order by rp.id",
				citationId, citationId, roundId);
		assertThat(discussed).hasSize(2);
		assertThat(discussed.get(0)).containsEntry("title", "Ceasefire along the contact line")
			.containsEntry("status", "UNDER_DISCUSSION")
			.containsEntry("first", "2026-03-06")
			.containsEntry("introduced", "united-states")
			.containsEntry("cited", 1L)
			.containsEntry("proposal_cited", 1L)
			.containsEntry("proposers", 1L);
		assertThat(discussed.get(1)).containsEntry("title", "All-for-all prisoner exchange")
			.containsEntry("status", "TABLED")
			.containsEntry("introduced", "ukraine")
			.containsEntry("cited", 1L)
			.containsEntry("proposal_cited", 1L);
		List<Map<String, Object>> positions = this.jdbc.queryForList(
				"select pa.slug as party, pr.title as proposal, po.stance, po.condition, po.stated_on::text as stated, "
						+ "pe.slug as speaker, po.quote, po.round_id, "
						+ "(select count(*) from position_citation c where c.position_id = po.id "
						+ "and c.citation_id = ? and c.bearing = 'SUPPORTS') as cited "
						+ "from position po join party pa on pa.id = po.party_id join proposal pr on pr.id = po.proposal_id "
						+ "left join person pe on pe.id = po.speaker_id where po.round_id = ? order by po.id",
				citationId, roundId);
		assertThat(positions).hasSize(3);
		assertThat(positions.get(0)).containsEntry("party", "ukraine")
			.containsEntry("proposal", "Ceasefire along the contact line")
			.containsEntry("stance", "CONDITIONAL")
			.containsEntry("condition", "Only with international monitors")
			.containsEntry("stated", "2026-03-04")
			.containsEntry("speaker", "oleksandr-merezhko")
			.containsEntry("cited", 1L);
		assertThat(positions.get(1)).containsEntry("party", "russia")
			.containsEntry("proposal", "Ceasefire along the contact line")
			.containsEntry("stance", "OPPOSES")
			.containsEntry("stated", "2026-03-05")
			.containsEntry("cited", 1L);
		assertThat(positions.get(2)).containsEntry("party", "russia")
			.containsEntry("proposal", "All-for-all prisoner exchange")
			.containsEntry("stance", "SUPPORTS")
			.containsEntry("speaker", "yuri-ushakov")
			.containsEntry("cited", 1L);
		// Every write is in the audit trail, by this editor.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Position' and actor = 'log-editor'", Long.class))
			.isGreaterThanOrEqualTo(3);

		// The pages show it.
		this.mvc.perform(get("/rounds/{id}", roundId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Abu Dhabi talks, 4–5 March 2026")))
			.andExpect(content().string(containsString("Ceasefire along the contact line")))
			.andExpect(content().string(containsString("All-for-all prisoner exchange")))
			.andExpect(content().string(containsString("Only with international monitors")))
			.andExpect(content().string(containsString("Abu Dhabi talks end with a ceasefire plan on the table")));
		this.mvc.perform(get("/proposals/{id}", discussed.get(1).get("id")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All-for-all prisoner exchange")))
			.andExpect(content().string(containsString("An exchange of all for all is what we proposed first.")))
			.andExpect(content().string(containsString("Yuri Ushakov")));
	}

	@Test
	void aNewSourceNamedOnTheFormIsProposedAsPendingAndCited() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Riyadh consultations");
		form.put("report.sourceId", "");
		form.put("report.newSourceName", "Gulf Wire Example");
		form.put("report.anonymous", "true");
		form.put("report.anonymousDescription", "a diplomat briefed on the talks");
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForMap("select s.slug, s.status, c.anonymous, c.anonymous_description from citation c "
						+ "join source s on s.id = c.source_id where c.id = (select max(id) from citation)"))
			.containsEntry("slug", "gulf-wire-example")
			.containsEntry("status", "PENDING")
			.containsEntry("anonymous", true)
			.containsEntry("anonymous_description", "a diplomat briefed on the talks");
	}

	@Test
	void indirectSpeechIsKeptAsTheNoteNotAsAQuoteAndADateMaySayBy() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Doha consultations, 7 March 2026");
		form.put("positions[1].note", "Russia said it would not accept a ceasefire without a settlement first.");
		form.put("positions[1].precision", "ON_OR_BEFORE");
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		long roundId = this.jdbc.queryForObject("select id from round where title = 'Doha consultations, 7 March 2026'",
				Long.class);
		assertThat(this.jdbc.queryForMap(
				"select quote, note, stated_on_precision from position where round_id = ? and stance = 'OPPOSES'",
				roundId))
			.containsEntry("stated_on_precision", "ON_OR_BEFORE")
			.containsEntry("quote", null)
			.containsEntry("note", "Russia said it would not accept a ceasefire without a settlement first.");
		this.mvc.perform(get("/rounds/" + roundId))
			.andExpect(content().string(
					containsString("<p>Russia said it would not accept a ceasefire without a settlement first.</p>")))
			.andExpect(content().string(not(containsString("<p>“Russia said it would not accept"))));
	}

	@Test
	void positionsMayBeAboutAProposalOnRecordAndRowsMayBeExistingProposals() throws Exception {
		long dmz = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Istanbul technical meeting");
		form.put("proposals[1].proposalId", String.valueOf(dmz));
		form.put("proposals[1].title", "");
		form.put("positions[2].proposal", String.valueOf(dmz));
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		long roundId = this.jdbc.queryForObject("select id from round where title = 'Istanbul technical meeting'",
				Long.class);
		assertThat(this.jdbc.queryForList("select proposal_id from round_proposal where round_id = ? order by id",
				Long.class, roundId))
			.hasSize(2)
			.contains(dmz);
		assertThat(this.jdbc.queryForList("select proposal_id from position where round_id = ? order by id", Long.class,
				roundId))
			.last()
			.isEqualTo(dmz);
	}

	@Test
	void addingAndRemovingRowsKeepsTheInputAndSavesNothing() throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Rows only");
		String added = this.mvc.perform(QuickLogPage.post(form, "addPosition", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("name=\"positions[3].partyId\"")
			.contains("Only with international monitors")
			.doesNotContain("Please correct the following");
		this.mvc.perform(QuickLogPage.post(form, "addProposal", "1"))
			.andExpect(content().string(containsString("name=\"proposals[2].title\"")));
		// Removing the first proposal row: the position about the second now names row 1.
		String removed = this.mvc.perform(QuickLogPage.post(form, "removeProposal", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(removed).doesNotContain("name=\"proposals[1].title\"")
			.contains("value=\"All-for-all prisoner exchange\"")
			.containsPattern(
					"<option value=\"row-0\" selected=\"selected\">Proposal row 1: All-for-all prisoner exchange");
		this.mvc.perform(QuickLogPage.post(form, "removePosition", "1"))
			.andExpect(content().string(not(containsString("name=\"positions[2].partyId\""))));
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("round.title", "", "round.title", "Enter the round"),
				Arguments.of("round.startsOn", "", "round.startsOn", "Enter the round"),
				Arguments.of("round.startsOn", "4 March", "round.startsOn", "Enter the date as YYYY-MM-DD."),
				Arguments.of("round.endsOn", "2026-03-01", "round.endsOn", "The last day cannot be before the first."),
				Arguments.of("round.negotiationId", "", "round.negotiationId",
						"Choose the negotiation the round belongs to."),
				Arguments.of("round.negotiationId", "987654321", "round.negotiationId",
						"Choose a negotiation from the list."),
				Arguments.of("report.sourceId", "", "report.sourceId",
						"Choose the source of the report, or name a new one."),
				Arguments.of("report.sourceId", "987654321", "report.sourceId", "Choose a source from the list."),
				Arguments.of("report.newSourceName", "Another outlet", "report.newSourceName",
						"Either choose a source from the list or name a new one, not both."),
				Arguments.of("report.url", "report.az/en", "report.url",
						"Enter an address starting with http:// or https://."),
				Arguments.of("report.credibility", "7", "report.credibility", "Choose a credibility from 1 to 6."),
				Arguments.of("report.anonymousDescription", "an official", "report.anonymousDescription",
						"or leave the description empty."),
				Arguments.of("round.mediatorId", "987654321", "round.mediatorId", "Choose a party from the list."),
				Arguments.of("proposals[1].proposalId", "987654321", "proposals[1].proposalId",
						"Choose a proposal from the list."),
				Arguments.of("proposals[1].title", "Ceasefire along the contact line", "proposals[1].title",
						"This proposal is already in another row: give each proposal one row."),
				Arguments.of("proposals[1].introducedById", "987654321", "proposals[1].introducedById",
						"Choose a party from the list."),
				Arguments.of("positions[0].partyId", "987654321", "positions[0].partyId",
						"Choose a party from the list."),
				Arguments.of("positions[0].proposal", "", "positions[0].proposal",
						"Choose the proposal this position is about."),
				Arguments.of("positions[0].proposal", "987654321", "positions[0].proposal",
						"Choose a proposal from the list."),
				Arguments.of("positions[1].stance", "", "positions[1].stance", "Choose the stance."),
				Arguments.of("positions[0].condition", "", "positions[0].condition",
						"A conditional stance needs its condition in words."),
				Arguments.of("positions[1].speakerId", "987654321", "positions[1].speakerId",
						"Choose a person from the list."),
				Arguments.of("positions[2].statedOn", "yesterday", "positions[2].statedOn",
						"Enter the date as YYYY-MM-DD."),
				Arguments.of("positions[2].proposal", "row-0", "positions[2].partyId",
						"This party already has a position on this proposal in another row."));
	}

	@ParameterizedTest(name = "{0} = ''{1}''")
	@MethodSource("invalidFields")
	void eachInvalidFieldIsSaidNextToItAndInTheSummaryAndNothingIsSaved(String name, String value, String field,
			String message) throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Invalid log");
		if (name.endsWith("].proposalId")) {
			// A row names a proposal on record or a new one, not both.
			form.put(name.replace("proposalId", "title"), "");
		}
		form.put(name, value);
		String html = this.mvc.perform(QuickLogPage.post(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(QuickLogPage.errorNextTo(html, field)).as("the error next to " + field).contains(message);
		assertThat(QuickLogPage.summary(html)).anySatisfy((item) -> assertThat(item).contains(message));
		assertThat(html).contains("value=\"Abu Dhabi\"").contains("Without monitors, a ceasefire is a pause to rearm.");
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aPositionAboutAnEmptyProposalRowIsRefusedNextToIt() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Empty row");
		form.put("proposals[1].title", "");
		form.put("proposals[1].introducedById", "");
		String html = this.mvc.perform(QuickLogPage.post(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(QuickLogPage.errorNextTo(html, "positions[2].proposal"))
			.isEqualTo("That proposal row is empty: fill it in or choose another proposal.");
	}

	@Test
	void aRowNamingAProposalOnRecordAndANewTitleIsRefused() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Both");
		form.put("proposals[0].proposalId",
				String.valueOf(this.jdbc.queryForObject("select min(id) from proposal", Long.class)));
		String html = this.mvc.perform(QuickLogPage.post(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(QuickLogPage.errorNextTo(html, "proposals[0].title"))
			.startsWith("Either choose a proposal on record or give a new one");
	}

	@Test
	void anEmptyLogSaysWhatIsMissingAndSavesNothing() throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		String html = this.mvc.perform(post("/log").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(QuickLogPage.summary(html)).contains("Choose the source of the report, or name a new one.",
				"Choose the negotiation the round belongs to.");
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void tooManyRowsIsABadRequest() throws Exception {
		this.mvc.perform(post("/log").with(csrf()).param("positions[400].partyId", "1"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anAnalystIsRefusedTheFormAndTheSave() throws Exception {
		this.mvc.perform(get("/log").with(user("log-analyst").roles("ANALYST"))).andExpect(status().isForbidden());
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		this.mvc
			.perform(QuickLogPage.post(QuickLogPage.valid(this.jdbc, "Analyst log"))
				.with(user("log-analyst").roles("ANALYST")))
			.andExpect(status().isForbidden());
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void editorsFindTheQuickLogInTheNavigationAndOnTheStartPageAnalystsDoNot() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("href=\"/log\"")))
			.andExpect(content().string(containsString("Log a round from a report")));
		this.mvc.perform(get("/").with(user("log-analyst").roles("ANALYST")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/log\""))));
	}

	@Test
	void aReportViaAnotherIsRelayedAndTheRoundPageShowsWhatItCameVia() throws Exception {
		Map<String, Object> relayed = this.jdbc.queryForMap("select c.id, s.name from citation c "
				+ "join source s on s.id = c.source_id where c.via_citation_id is null order by c.id limit 1");
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Relayed talks");
		form.put("viaCitationId", String.valueOf(relayed.get("id")));
		MvcResult result = this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection()).andReturn();
		long roundId = this.jdbc.queryForObject("select id from round where title = 'Relayed talks'", Long.class);
		assertThat(this.jdbc.queryForObject("select c.via_citation_id from citation c join round_citation rc "
				+ "on rc.citation_id = c.id where rc.round_id = ?", Long.class, roundId))
			.isEqualTo(relayed.get("id"));
		String html = this.mvc.perform(get(result.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("class=\"citation__via\">\\s*via\\s*<a href=\"/sources/[0-9]+\">"
				+ java.util.regex.Pattern.quote(HtmlUtils.htmlEscape((String) relayed.get("name"))) + "</a>");
	}

	@Test
	void delegatesOnRecordAndNewOnesAreAddedWithTheRound() throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Delegated talks");
		form.put("delegates[0].personId", QuickLogPage.id(this.jdbc, "person", "oleksandr-merezhko"));
		form.put("delegates[0].fullName", "");
		form.put("delegates[0].partyId", "");
		form.put("delegates[1].personId", "");
		form.put("delegates[1].fullName", "Olha Example-Delegate");
		form.put("delegates[1].partyId", QuickLogPage.id(this.jdbc, "party", "ukraine"));
		form.put("delegates[2].personId", "");
		form.put("delegates[2].fullName", "");
		form.put("delegates[2].partyId", "");
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		long roundId = this.jdbc.queryForObject("select id from round where title = 'Delegated talks'", Long.class);
		assertThat(this.jdbc.queryForList("select p.slug from round_delegate rd join person p on p.id = rd.person_id "
				+ "where rd.round_id = ? order by p.slug", String.class, roundId))
			.containsExactly("oleksandr-merezhko", "olha-example-delegate");
		assertThat(this.jdbc.queryForMap("select p.full_name, pa.slug as party from person p "
				+ "join party pa on pa.id = p.party_id where p.slug = 'olha-example-delegate'"))
			.containsEntry("full_name", "Olha Example-Delegate")
			.containsEntry("party", "ukraine");
		Map<String, Long> after = QuickLogPage.counts(this.jdbc);
		assertThat(after.get("person") - before.get("person")).isEqualTo(1);
		assertThat(after.get("round_delegate") - before.get("round_delegate")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Person' and actor = 'log-editor'", Long.class))
			.isEqualTo(1);
		this.mvc.perform(get("/rounds/{id}", roundId))
			.andExpect(content().string(containsString("Olha Example-Delegate")))
			.andExpect(content().string(containsString("Oleksandr Merezhko")));
	}

	@Test
	void theFormStartsWithTwoDelegateRowsAndAddingOrRemovingOneSavesNothing() throws Exception {
		this.mvc.perform(get("/log"))
			.andExpect(content().string(containsString("name=\"delegates[1].personId\"")))
			.andExpect(content().string(containsString("name=\"delegates[1].fullName\"")))
			.andExpect(content().string(not(containsString("name=\"delegates[2].personId\""))));
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Delegate rows only");
		form.put("delegates[0].fullName", "Kept Delegate Name");
		String added = this.mvc.perform(QuickLogPage.post(form, "addDelegate", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("name=\"delegates[1].fullName\"")
			.contains("value=\"Kept Delegate Name\"")
			.doesNotContain("Please correct the following");
		String removed = this.mvc.perform(QuickLogPage.post(form, "removeDelegate", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(removed).doesNotContain("name=\"delegates[0].fullName\"").doesNotContain("Kept Delegate Name");
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	static Stream<Arguments> invalidDelegates() {
		return Stream.of(
				Arguments.of(List.of("viaCitationId", "987654321"), "viaCitationId", "Choose a report from the list."),
				Arguments.of(List.of("delegates[0].personId", "987654321"), "delegates[0].personId",
						"Choose a person from the list."),
				Arguments.of(List.of("delegates[0].personId", "@merezhko", "delegates[1].personId", "@merezhko"),
						"delegates[1].personId", "This person is already in another row"),
				Arguments.of(List.of("delegates[0].fullName", "Ivan Example", "delegates[1].fullName", "ivan example"),
						"delegates[1].fullName", "This person is already in another row"),
				Arguments.of(List.of("delegates[0].personId", "@merezhko", "delegates[0].fullName", "Ivan Example"),
						"delegates[0].fullName", "Either pick a person on record or type a new one"),
				Arguments.of(List.of("delegates[0].partyId", "@ukraine"), "delegates[0].fullName",
						"Pick a person on record or type a new one"),
				Arguments.of(List.of("delegates[0].fullName", "Ivan Example", "delegates[0].partyId", "987654321"),
						"delegates[0].partyId", "Choose a party from the list."),
				Arguments.of(List.of("delegates[0].personId", "@merezhko", "delegates[0].partyId", "@ukraine"),
						"delegates[0].partyId", "The party is for a new person"),
				Arguments.of(List.of("delegates[0].fullName", "x".repeat(201)), "delegates[0].fullName",
						"Keep the full name to 200 characters or fewer."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidDelegates")
	void eachInvalidDelegateOrViaIsSaidNextToItAndNothingIsSaved(List<String> values, String field, String message)
			throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Invalid delegates");
		for (int i = 0; i < values.size(); i += 2) {
			String value = values.get(i + 1);
			if (value.equals("@merezhko")) {
				value = QuickLogPage.id(this.jdbc, "person", "oleksandr-merezhko");
			}
			else if (value.equals("@ukraine")) {
				value = QuickLogPage.id(this.jdbc, "party", "ukraine");
			}
			form.put(values.get(i), value);
		}
		String html = this.mvc.perform(QuickLogPage.post(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(QuickLogPage.errorNextTo(html, field)).as("the error next to " + field).contains(message);
		assertThat(QuickLogPage.summary(html)).anySatisfy((item) -> assertThat(item).contains(message));
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

}
