package org.parley.citing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adding, attaching, editing and deleting citations through their form, as an editor;
 * analysts are refused.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "citation-editor", roles = "EDITOR")
class CitationEditTests {

	static final String HEADLINE = "Kyiv rejects the joint administration, officials say";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void aCitationWithoutARecordIsAddedAndShownOnItsSourcePageWithItsAuditEntry() throws Exception {
		long before = citations();
		this.mvc.perform(get("/citations/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a citation")))
			.andExpect(content().string(containsString("2 — probably true")))
			// Its date is left for the editor to give: today's was easily kept for an old
			// report.
			.andExpect(content().string(containsString("name=\"publishedOn\" value=\"\"")));
		this.mvc.perform(valid(post("/citations")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sources/" + source("report")))
			.andExpect(flash().attribute("flash", "citation.notice.created"));
		assertThat(citations()).isEqualTo(before + 1);
		Map<String, Object> row = this.jdbc
			.queryForMap("select * from citation where id = (select max(id) from citation)");
		assertThat(row.get("headline")).isEqualTo(HEADLINE);
		assertThat(row.get("credibility")).isEqualTo(2);
		assertThat(row.get("anonymous")).isEqualTo(true);
		assertThat(row.get("anonymous_description")).isEqualTo("a senior official");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type = 'Citation' and entity_id = ? and actor = 'citation-editor'",
				Long.class, row.get("id").toString()))
			.isEqualTo(1);
		this.mvc.perform(get("/sources/{id}", source("report")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HEADLINE)))
			.andExpect(content().string(containsString("/citations/" + row.get("id") + "/edit")))
			.andExpect(content().string(containsString("/citations/new?source=" + source("report"))));
		this.mvc.perform(get("/citations/new").param("source", "" + source("report")))
			.andExpect(content()
				.string(containsString("<option value=\"" + source("report") + "\" selected=\"selected\">")));
	}

	@Test
	void aCitationMadeForAPositionIsLinkedInTheSameSubmitAndTheEditorGoesBackToIt() throws Exception {
		long position = this.jdbc.queryForObject("select min(id) from position", Long.class);
		long proposal = this.jdbc.queryForObject("select proposal_id from position where id = ?", Long.class, position);
		this.mvc.perform(get("/citations/new").param("position", "" + position))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For the position")))
			.andExpect(content().string(containsString("/proposals/" + proposal + "#position-" + position)))
			.andExpect(content().string(containsString("disputes it")));
		this.mvc
			.perform(
					valid(post("/citations"), "citedKind", "POSITION", "citedId", "" + position, "bearing", "DISPUTES"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/proposals/" + proposal + "#position-" + position))
			.andExpect(flash().attribute("flash", "citation.notice.attached"));
		assertThat(this.jdbc.queryForObject("select bearing from position_citation where position_id = ? "
				+ "and citation_id = (select max(id) from citation)", String.class, position))
			.isEqualTo("DISPUTES");
		this.mvc.perform(get("/proposals/{id}", proposal)).andExpect(content().string(containsString(HEADLINE)));
	}

	@Test
	void aCitationMadeForARoundOrAProposalIsLinkedToIt() throws Exception {
		long round = this.jdbc.queryForObject("select min(id) from round", Long.class);
		this.mvc.perform(valid(post("/citations"), "citedKind", "ROUND", "citedId", "" + round))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rounds/" + round));
		assertThat(this.jdbc.queryForObject("select bearing from round_citation where round_id = ? "
				+ "and citation_id = (select max(id) from citation)", String.class, round))
			.isEqualTo("SUPPORTS");
		long proposal = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		this.mvc.perform(get("/citations/new").param("proposal", "" + proposal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For the proposal")));
		this.mvc
			.perform(valid(post("/citations"), "citedKind", "PROPOSAL", "citedId", "" + proposal, "headline",
					"Another report"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/proposals/" + proposal));
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_citation where proposal_id = ? "
				+ "and citation_id = (select max(id) from citation)", Long.class, proposal))
			.isEqualTo(1);
		this.mvc.perform(get("/rounds/{id}", round)).andExpect(content().string(containsString(HEADLINE)));
	}

	@Test
	void unknownOrSeveralRecordsToCiteAreRefused() throws Exception {
		this.mvc.perform(get("/citations/new").param("position", "987654321")).andExpect(status().isNotFound());
		this.mvc.perform(get("/citations/new").param("round", "1").param("proposal", "1"))
			.andExpect(status().isBadRequest());
		long before = citations();
		this.mvc.perform(valid(post("/citations"), "citedKind", "ROUND", "citedId", "987654321"))
			.andExpect(status().isNotFound());
		assertThat(citations()).isEqualTo(before);
	}

	@Test
	void aSourceProposedByAnEditorIsPendingAndShownAsPending() throws Exception {
		long sources = this.jdbc.queryForObject("select count(*) from source", Long.class);
		this.mvc
			.perform(valid(post("/citations"), "sourceId", "", "newSourceName", "Meduza", "newSourceHomepage",
					"https://meduza.io/en"))
			.andExpect(status().isFound());
		Map<String, Object> source = this.jdbc.queryForMap("select * from source where name = 'Meduza'");
		assertThat(source.get("status")).isEqualTo("PENDING");
		assertThat(source.get("homepage")).isEqualTo("https://meduza.io/en");
		assertThat(this.jdbc.queryForObject("select count(*) from source", Long.class)).isEqualTo(sources + 1);
		Long citation = this.jdbc.queryForObject("select max(id) from citation", Long.class);
		assertThat(this.jdbc.queryForObject("select source_id from citation where id = ?", Long.class, citation))
			.isEqualTo(source.get("id"));
		this.mvc.perform(get("/sources/{id}", source.get("id")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pending")));
		this.mvc.perform(get("/citations/{id}/edit", citation))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meduza is pending")))
			.andExpect(content().string(containsString("Meduza (pending)")));
	}

	@Test
	void aSourceOnTheListIsNotProposedAgain() throws Exception {
		long sources = this.jdbc.queryForObject("select count(*) from source", Long.class);
		long before = citations();
		this.mvc.perform(valid(post("/citations"), "sourceId", "", "newSourceName", "the kyiv independent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#newSourceName\"")))
			.andExpect(content().string(containsString("A source of this name is on the list already")));
		assertThat(this.jdbc.queryForObject("select count(*) from source", Long.class)).isEqualTo(sources);
		assertThat(citations()).isEqualTo(before);
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("credibility", "9", "Choose a credibility from 1 to 6."),
				Arguments.of("credibility", "0", "Choose a credibility from 1 to 6."),
				Arguments.of("credibility", "7", "Choose a credibility from 1 to 6."),
				Arguments.of("credibility", "two", "Choose a credibility from 1 to 6."),
				Arguments.of("url", "ftp://example.org/report", "Enter an address starting with http:// or https://."),
				Arguments.of("url", "https://example.org/" + "x".repeat(1990), "Keep the address to 2,000 characters"),
				Arguments.of("headline", "x".repeat(501), "Keep the headline to 500 characters or fewer."),
				Arguments.of("anonymous", "false", "Describe an unnamed source only when the report rests on one"),
				Arguments.of("anonymousDescription", "x".repeat(301), "Keep the description to 300 characters"),
				Arguments.of("publishedOn", "2999-12-31", "The date cannot be after today."),
				Arguments.of("publishedOn", "yesterday", "Enter the date as YYYY-MM-DD."),
				Arguments.of("sourceId", "987654321", "Choose a source from the list."),
				Arguments.of("sourceId", "", "Choose a source from the list, or propose a new one by name."),
				Arguments.of("newSourceName", "Meduza", "Choose a listed source or propose a new one, not both."),
				Arguments.of("viaId", "987654321", "Choose a report from the list."));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String message)
			throws Exception {
		long before = citations();
		long sources = this.jdbc.queryForObject("select count(*) from source", Long.class);
		String shown = field.equals("anonymous") ? "anonymousDescription" : field;
		this.mvc.perform(valid(post("/citations"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + shown.replace("[", "").replace("]", "") + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		long id = demoCitation();
		this.mvc.perform(valid(post("/citations/{id}", id), "version", "" + version(id), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
		this.entityManager.flush();
		assertThat(citations()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from source", Long.class)).isEqualTo(sources);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = 'citation-editor'",
				Long.class))
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "6" })
	void theEndsOfTheCredibilityScaleAreAccepted(String credibility) throws Exception {
		this.mvc.perform(valid(post("/citations"), "credibility", credibility)).andExpect(status().isFound());
		assertThat(this.jdbc
			.queryForObject("select credibility from citation where id = (select max(id) from citation)", String.class))
			.isEqualTo(credibility);
	}

	@Test
	void aCitationCannotComeViaItselfNorRoundInACircle() throws Exception {
		this.mvc.perform(valid(post("/citations"), "headline", "First")).andExpect(status().isFound());
		long first = this.jdbc.queryForObject("select max(id) from citation", Long.class);
		this.mvc.perform(valid(post("/citations"), "headline", "Second", "viaId", "" + first))
			.andExpect(status().isFound());
		long second = this.jdbc.queryForObject("select max(id) from citation", Long.class);
		this.entityManager.flush();
		this.mvc
			.perform(valid(post("/citations/{id}", first), "version", "0", "headline", "First", "viaId", "" + first))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A report cannot come via itself.")));
		this.mvc
			.perform(valid(post("/citations/{id}", first), "version", "0", "headline", "First", "viaId", "" + second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the chain would go round in a circle")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select via_citation_id from citation where id = ?", Long.class, first))
			.isNull();
		// The form does not offer a citation as its own "via".
		this.mvc.perform(get("/citations/{id}/edit", first))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(containsString("<option value=\"" + first + "\" selected"))));
	}

	@Test
	void editsACitationAndAStaleVersionGets409WithTheInputKept() throws Exception {
		long id = demoCitation();
		long seen = version(id);
		this.mvc.perform(get("/citations/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));
		this.mvc.perform(valid(post("/citations/{id}", id), "version", "" + seen, "headline", "Theirs"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sources/" + source("report")));
		this.entityManager.flush();
		assertThat(version(id)).isEqualTo(seen + 1);
		this.mvc.perform(valid(post("/citations/{id}", id), "version", "" + seen, "headline", "Mine"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")))
			.andExpect(content().string(containsString("value=\"Mine\"")))
			.andExpect(content().string(containsString("Theirs")))
			.andExpect(content().string(containsString("href=\"#headline\">Headline</a>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")));
		assertThat(this.jdbc.queryForObject("select headline from citation where id = ?", String.class, id))
			.isEqualTo("Theirs");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'UPDATE' "
				+ "and entity_type = 'Citation' and entity_id = ?", Long.class, "" + id))
			.isEqualTo(1);
	}

	@Test
	void aCitedCitationIsNotDeletedAndWhatCitesItIsListed() throws Exception {
		long id = demoCitation();
		this.mvc.perform(post("/citations/{id}/delete", id).with(csrf()).param("version", "" + version(id)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This record cannot be deleted")))
			.andExpect(content().string(containsString("citing it")));
		assertThat(this.jdbc.queryForObject("select count(*) from citation where id = ?", Long.class, id)).isEqualTo(1);
		long relayed = this.jdbc
			.queryForObject("select min(via_citation_id) from citation where via_citation_id is not null", Long.class);
		this.mvc.perform(post("/citations/{id}/delete", relayed).with(csrf()).param("version", "" + version(relayed)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("came via it")));
	}

	@Test
	void aCitationAClaimAboutATopicRestsOnIsNotDeletedAndTheClaimIsNamed() throws Exception {
		long id = this.jdbc.queryForObject(
				"select min(id) from citation where excerpt like 'The status of the Donbas remains%'", Long.class);
		this.mvc.perform(post("/citations/{id}/delete", id).with(csrf()).param("version", "" + version(id)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("1 claim about a topic citing it")))
			.andExpect(content().string(containsString("Status of the Donbas: The status of the Donbas remains")));
		assertThat(this.jdbc.queryForObject("select count(*) from citation where id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void anUnreferencedCitationIsDeletedAndTheAuditTrailKeepsIt() throws Exception {
		this.mvc.perform(valid(post("/citations"))).andExpect(status().isFound());
		Long id = this.jdbc.queryForObject("select max(id) from citation", Long.class);
		this.mvc
			.perform(post("/citations/{id}/delete", id).with(csrf()).param("version", "0").param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sources/" + source("report")));
		assertThat(this.jdbc.queryForObject("select count(*) from citation where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'DELETE' "
				+ "and entity_type = 'Citation' and entity_id = ?", Long.class, id.toString()))
			.isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "citation-analyst", roles = "ANALYST")
	void anAnalystIsRefusedEveryFormAndEveryWrite() throws Exception {
		long id = demoCitation();
		long before = citations();
		this.mvc.perform(get("/citations/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/citations/new").param("round", "1")).andExpect(status().isForbidden());
		this.mvc.perform(get("/citations/{id}/edit", id)).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/citations"))).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/citations/{id}", id), "version", "" + version(id)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/citations/{id}/delete", id).with(csrf()).param("version", "" + version(id)))
			.andExpect(status().isForbidden());
		assertThat(citations()).isEqualTo(before);
	}

	@Test
	void aProposalHoldingAsManyReportsAsItsFormShowsRefusesAnotherAndStaysEditable() throws Exception {
		long proposal = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		fill("proposal_citation", "proposal_id", proposal, 200);
		long before = citations();
		this.mvc.perform(get("/citations/new").param("proposal", "" + proposal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This record holds 200 reports already")));
		this.mvc
			.perform(
					valid(post("/citations"), "citedKind", "PROPOSAL", "citedId", "" + proposal, "bearing", "SUPPORTS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was saved")));
		assertThat(citations()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_citation where proposal_id = ?", Long.class,
				proposal))
			.isEqualTo(200);
		this.mvc.perform(get("/proposals/{id}/edit", proposal)).andExpect(status().isOk());
	}

	@Test
	void aPositionHoldingAsManyReportsAsItsFormShowsRefusesAnother() throws Exception {
		long position = this.jdbc.queryForObject("select min(id) from position", Long.class);
		fill("position_citation", "position_id", position, 30);
		long before = citations();
		this.mvc
			.perform(
					valid(post("/citations"), "citedKind", "POSITION", "citedId", "" + position, "bearing", "DISPUTES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This record holds 30 reports already")));
		assertThat(citations()).isEqualTo(before);
	}

	/** Links a record to new reports until it holds {@code count}. */
	private void fill(String linkTable, String column, long id, int count) {
		this.jdbc.update("delete from " + linkTable + " where " + column + " = ?", id);
		this.jdbc.update("insert into citation (source_id, headline) select ?, 'Filler ' || g "
				+ "from generate_series(1, ?) as g", source("report"), count);
		this.jdbc.update("insert into " + linkTable + " (" + column + ", citation_id) select ?, id from citation "
				+ "where headline like 'Filler %'", id);
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("sourceId", "" + source("report"));
		fields.put("url", "https://report.az/en/geneva-talks");
		fields.put("headline", HEADLINE);
		fields.put("publishedOn", "2026-02-21");
		fields.put("excerpt", "Officials say the idea is unacceptable.");
		fields.put("credibility", "2");
		fields.put("anonymous", "true");
		fields.put("anonymousDescription", "a senior official");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long citations() {
		return this.jdbc.queryForObject("select count(*) from citation", Long.class);
	}

	/** A demo citation of Report that positions cite. */
	private long demoCitation() {
		return this.jdbc.queryForObject("select min(c.id) from citation c join source s on s.id = c.source_id "
				+ "join position_citation pc on pc.citation_id = c.id where s.slug = 'report'", Long.class);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from citation where id = ?", Long.class, id);
	}

	private long source(String slug) {
		return this.jdbc.queryForObject("select id from source where slug = ?", Long.class, slug);
	}

}
