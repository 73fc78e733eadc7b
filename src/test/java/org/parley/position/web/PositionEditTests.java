package org.parley.position.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording new statements and correcting records of positions through their form, as an
 * editor; analysts are refused.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "position-editor", roles = "EDITOR")
class PositionEditTests {

	static final String PROPOSAL = "joint-civilian-administration";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void theNewFormStartsFromTheCurrentStanceOfThatPartyAndLeavesTheDateToTheEditor() throws Exception {
		this.mvc.perform(get("/positions/new").param("proposal", proposal()).param("party", party("ukraine")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record a new statement")))
			.andExpect(content().string(containsString("name=\"statedOn\" value=\"\"")))
			.andExpect(content().string(containsString("the party’s current one")))
			.andExpect(content().string(containsString("<option value=\"REJECTS\" selected=\"selected\">")))
			.andExpect(content().string(not(containsString("danger-zone"))));
		this.mvc.perform(get("/positions/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"statedOn\" value=\"\"")));
	}

	@Test
	void aNewStatementAddsAPositionShownOnTheProposalPageWithItsAuditEntry() throws Exception {
		long before = positions();
		String citation = citation();
		String location = this.mvc
			.perform(valid(post("/positions"), "citations[0].citationId", citation, "citations[0].bearing", "DISPUTES"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "position.notice.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(positions()).isEqualTo(before + 1);
		Long id = this.jdbc.queryForObject("select max(id) from position", Long.class);
		assertThat(location).isEqualTo("/proposals/" + proposal() + "#position-" + id);
		Map<String, Object> row = this.jdbc.queryForMap("select * from position where id = ?", id);
		assertThat(row.get("stance")).isEqualTo("CONDITIONAL");
		assertThat(row.get("condition")).isEqualTo("if Ukraine keeps its police in the zone");
		assertThat(row.get("note")).isEqualTo("**Markdown** <i>as typed</i>");
		assertThat(this.jdbc.queryForObject(
				"select bearing from position_citation where position_id = ? and citation_id = ?", String.class, id,
				Long.valueOf(citation)))
			.isEqualTo("DISPUTES");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type = 'Position' and entity_id = ? and actor = 'position-editor'",
				Long.class, id.toString()))
			.isEqualTo(1);
		this.mvc.perform(get("/proposals/{id}", proposal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"position-" + id + "\"")))
			.andExpect(content().string(containsString("We could consider a zone policed by Ukraine")))
			.andExpect(content().string(containsString("/positions/" + id + "/edit")))
			.andExpect(content().string(containsString("/citations/new?position=" + id)))
			.andExpect(content()
				.string(containsString("/positions/new?proposal=" + proposal() + "&amp;party=" + party("ukraine"))));
	}

	@Test
	void aCorrectionEditsTheRecordAndItsHistoryShowsTheCorrection() throws Exception {
		long before = positions();
		long id = ukrainianPosition();
		long version = version(id);
		this.mvc.perform(get("/positions/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct this record: Ukraine on")))
			.andExpect(content().string(containsString("Record a new statement instead")))
			.andExpect(content().string(containsString("/citations/new?position=" + id)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
		this.mvc
			.perform(valid(post("/positions/{id}", id), "version", "" + version, "stance", "REJECTS", "condition", "",
					"quote", "A corrected quote", "statedOn", "2026-02-21", "precision", "ON_OR_BEFORE"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "position.notice.updated"))
			.andExpect(redirectedUrl("/proposals/" + proposal() + "#position-" + id));
		this.entityManager.flush();
		assertThat(positions()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select quote from position where id = ?", String.class, id))
			.isEqualTo("A corrected quote");
		assertThat(version(id)).isEqualTo(version + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'UPDATE' "
				+ "and entity_type = 'Position' and entity_id = ?", Long.class, "" + id))
			.isEqualTo(1);
		this.mvc.perform(get("/positions/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A corrected quote")));
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("proposalId", "987654321", "Choose a proposal from the list."),
				Arguments.of("proposalId", "", "Choose the proposal the statement is about."),
				Arguments.of("partyId", "987654321", "Choose a party from the list."),
				Arguments.of("partyId", "Ukraine", "Choose a party from the list."),
				Arguments.of("statedOn", "2999-01-01", "The date cannot be after today."),
				Arguments.of("statedOn", "21/02/2026", "Enter the date as YYYY-MM-DD."),
				Arguments.of("stance", "", "Choose the stance."),
				Arguments.of("stance", "MAYBE", "Choose one of the stances listed."),
				Arguments.of("condition", "", "A conditional stance needs its condition in words."),
				Arguments.of("condition", "x".repeat(2001), "Keep the condition to 2,000 characters or fewer."),
				Arguments.of("speakerId", "987654321", "Choose a speaker from the list."),
				Arguments.of("quote", "x".repeat(5001), "Keep the quote to 5,000 characters or fewer."),
				Arguments.of("citations[0].citationId", "987654321", "Choose a report from the list."));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String message)
			throws Exception {
		long before = positions();
		long links = this.jdbc.queryForObject("select count(*) from position_citation", Long.class);
		this.mvc.perform(valid(post("/positions"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + field.replace("[", "").replace("]", "") + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		long id = ukrainianPosition();
		this.mvc.perform(valid(post("/positions/{id}", id), "version", "" + version(id), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
		this.entityManager.flush();
		assertThat(positions()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from position_citation", Long.class)).isEqualTo(links);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Position' " + "and actor = 'position-editor'",
				Long.class))
			.isZero();
	}

	@Test
	void aSpeakerWhoSpeaksForAnotherPartyIsRefused() throws Exception {
		long before = positions();
		this.mvc.perform(valid(post("/positions"), "speakerId", person("yuri-ushakov")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yuri Ushakov speaks for Russia")))
			.andExpect(content().string(containsString("href=\"#speakerId\"")));
		assertThat(positions()).isEqualTo(before);
	}

	@Test
	void aStaleVersionGets409WithTheInputKeptAndTheOtherChangeShown() throws Exception {
		long id = ukrainianPosition();
		long seen = version(id);
		this.mvc
			.perform(valid(post("/positions/{id}", id), "version", "" + seen, "stance", "REJECTS", "condition", "",
					"quote", "The other editor's quote"))
			.andExpect(status().isFound());
		this.entityManager.flush();
		this.mvc
			.perform(valid(post("/positions/{id}", id), "version", "" + seen, "stance", "REJECTS", "condition", "",
					"quote", "My quote"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")))
			.andExpect(content().string(containsString("My quote")))
			.andExpect(content().string(containsString("The other editor&#39;s quote")))
			.andExpect(content().string(containsString("href=\"#quote\">Quote</a>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")));
		assertThat(this.jdbc.queryForObject("select quote from position where id = ?", String.class, id))
			.isEqualTo("The other editor's quote");
	}

	@Test
	void twoEditorsChangingOnlyItsCitationsCollideToo() throws Exception {
		long id = ukrainianPosition();
		this.mvc.perform(valid(post("/positions/{id}", id), "version", "" + version(id))).andExpect(status().isFound());
		this.entityManager.flush();
		long seen = version(id);
		this.mvc
			.perform(valid(post("/positions/{id}", id), "version", "" + seen, "citations[0].citationId", citation(),
					"citations[0].bearing", "SUPPORTS"))
			.andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(version(id)).as("a change of citations alone is a new version").isGreaterThan(seen);
		String other = this.jdbc.queryForObject("select max(id) from citation", Long.class).toString();
		this.mvc
			.perform(valid(post("/positions/{id}", id), "version", "" + seen, "citations[0].citationId", other,
					"citations[0].bearing", "DISPUTES"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")));
		assertThat(this.jdbc.queryForList("select citation_id from position_citation where position_id = ?", Long.class,
				id))
			.containsExactly(Long.valueOf(citation()));
	}

	@Test
	void addingACitationRowSavesNothing() throws Exception {
		long before = positions();
		this.mvc.perform(valid(post("/positions"), "citations[0].citationId", "", "addCitation", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"citations[1].citationId\"")));
		assertThat(positions()).isEqualTo(before);
	}

	@Test
	void aMistakenRecordIsDeletedAndTheAuditTrailKeepsIt() throws Exception {
		this.mvc.perform(valid(post("/positions"))).andExpect(status().isFound());
		Long id = this.jdbc.queryForObject("select max(id) from position", Long.class);
		this.mvc
			.perform(post("/positions/{id}/delete", id).with(csrf()).param("version", "0").param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/proposals/" + proposal()));
		assertThat(this.jdbc.queryForObject("select count(*) from position where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'DELETE' "
				+ "and entity_type = 'Position' and entity_id = ?", Long.class, id.toString()))
			.isEqualTo(1);
	}

	@Test
	void unknownPositionsAre404() throws Exception {
		this.mvc.perform(get("/positions/987654321/edit")).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/positions/987654321"), "version", "0")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "position-analyst", roles = "ANALYST")
	void anAnalystIsRefusedEveryFormAndEveryWrite() throws Exception {
		long id = ukrainianPosition();
		long before = positions();
		this.mvc.perform(get("/positions/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/positions/{id}/edit", id)).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/positions"))).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/positions/{id}", id), "version", "" + version(id)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/positions/{id}/delete", id).with(csrf()).param("version", "" + version(id)))
			.andExpect(status().isForbidden());
		assertThat(positions()).isEqualTo(before);
	}

	@Test
	void aStatementRecordedByAnotherEditorSinceTheFormOpenedIsShownBeforeSaving() throws Exception {
		String opened = Jsoup
			.parse(this.mvc.perform(get("/positions/new")).andReturn().getResponse().getContentAsString())
			.selectFirst("input[name=openedAt]")
			.val();
		assertThat(opened).isNotBlank();
		// Another editor saves the party's stance meanwhile, dated the day before.
		this.mvc
			.perform(valid(post("/positions"), "statedOn", LocalDate.now(this.clock).minusDays(1).toString(), "stance",
					"REJECTS", "condition", "")
				.with(user("other-editor").roles("EDITOR")))
			.andExpect(status().isFound());
		long rival = this.jdbc.queryForObject("select max(id) from position", Long.class);
		long before = positions();

		String asked = this.mvc.perform(valid(post("/positions"), "openedAt", opened))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(positions()).isEqualTo(before);
		Element notice = Jsoup.parse(asked).selectFirst("section.rivals");
		assertThat(notice.text()).contains("recorded meanwhile")
			.contains("rejects")
			.contains("recorded by other-editor");
		assertThat(notice.select("a").attr("href")).isEqualTo("/positions/" + rival + "/edit");

		this.mvc.perform(valid(post("/positions"), "openedAt", opened, "alongside[0]", "" + rival))
			.andExpect(status().isFound());
		assertThat(positions()).isEqualTo(before + 1);
	}

	@Test
	void aNewStatementOnADayThePartyAlreadySpokeIsAskedAboutFirst() throws Exception {
		String day = this.jdbc.queryForObject("select stated_on::text from position where id = ?", String.class,
				ukrainianPosition());
		long before = positions();
		this.mvc.perform(valid(post("/positions"), "statedOn", day))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("or on the same day")));
		assertThat(positions()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("proposalId", proposal());
		fields.put("partyId", party("ukraine"));
		fields.put("statedOn", LocalDate.now(this.clock).toString());
		fields.put("precision", "DAY");
		fields.put("stance", "CONDITIONAL");
		fields.put("condition", "if Ukraine keeps its police in the zone");
		fields.put("speakerId", person("oleksandr-merezhko"));
		fields.put("quote", "We could consider a zone policed by Ukraine");
		fields.put("note", "**Markdown** <i>as typed</i>");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long positions() {
		return this.jdbc.queryForObject("select count(*) from position", Long.class);
	}

	private long ukrainianPosition() {
		return this.jdbc.queryForObject(
				"select min(po.id) from position po join party pa on pa.id = po.party_id "
						+ "join proposal pr on pr.id = po.proposal_id where pa.slug = 'ukraine' and pr.slug = ?",
				Long.class, PROPOSAL);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from position where id = ?", Long.class, id);
	}

	private String proposal() {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, PROPOSAL).toString();
	}

	private String party(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug).toString();
	}

	private String person(String slug) {
		return this.jdbc.queryForObject("select id from person where slug = ?", Long.class, slug).toString();
	}

	private String citation() {
		return this.jdbc.queryForObject("select min(id) from citation", Long.class).toString();
	}

}
