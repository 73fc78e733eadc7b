package org.parley.topic.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors add topics, admins rename them: a name is trimmed, limited and unique whatever
 * its capitals (a duplicate is refused on the form, linking to the topic that has it); a
 * slug taken is numbered; two admins renaming at once are merged three ways.
 */
@ParleyApplicationTest
@Transactional
class TopicEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void anEditorAddsATopicAndFindsItOnTheProposalForms() throws Exception {
		MockHttpServletResponse saved = send(post("/topics").with(editor()), "name", "  Prisoner exchanges  ",
				"description", " Who is released, and when. ");
		assertThat(saved.getStatus()).isEqualTo(302);
		Map<String, Object> topic = this.jdbc
			.queryForMap("select id, slug, name, description from topic where slug = 'prisoner-exchanges'");
		assertThat(topic).containsEntry("name", "Prisoner exchanges")
			.containsEntry("description", "Who is released, and when.");
		assertThat(saved.getRedirectedUrl()).isEqualTo("/topics/" + topic.get("id"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type = 'Topic' and entity_id = ? and actor = 'topic-editor'",
				Long.class, topic.get("id").toString()))
			.isEqualTo(1);
		assertThat(page("/topics/" + topic.get("id"), editor())).contains("<h1>Prisoner exchanges</h1>");
		// Chosen on the proposal forms like any other topic.
		String option = "<option value=\"" + topic.get("id") + "\">Prisoner exchanges</option>";
		assertThat(page("/proposals/new", editor())).contains(option);
		long proposal = id("select id from proposal where slug = 'joint-civilian-administration'");
		assertThat(page("/proposals/" + proposal + "/edit", editor())).contains(option);
	}

	@Test
	void anEditorAddsATopicWithAClaimAndItsReportAndReadersSeeItGraded() throws Exception {
		long report = id("select min(id) from citation where excerpt like 'The status of the Donbas remains%'");
		long ukraine = id("select id from party where slug = 'ukraine'");
		assertThat(page("/topics/new", editor())).contains("name=\"claims[0].claim\"")
			.contains("name=\"claims[0].citations[0].citationId\"");
		MockHttpServletResponse saved = send(post("/topics").with(editor()), "name", "Sanctions relief",
				"claims[0].claim", "Relief is the price of any deal.", "claims[0].partyId", "" + ukraine,
				"claims[0].statedOn", "2026-02-20", "claims[0].citations[0].citationId", "" + report,
				"claims[0].citations[0].bearing", "SUPPORTS", "claims[1].claim", "");
		assertThat(saved.getStatus()).isEqualTo(302);
		long topic = id("select id from topic where slug = 'sanctions-relief'");
		assertThat(this.jdbc.queryForList("select tc.claim || ' / ' || tc.party_id || ' / ' || tc.stated_on || ' / ' "
				+ "|| l.citation_id from topic_claim tc join topic_claim_citation l on l.claim_id = tc.id "
				+ "where tc.topic_id = ?", String.class, topic))
			.containsExactly("Relief is the price of any deal. / " + ukraine + " / 2026-02-20 / " + report);
		assertThat(page("/topics/" + topic, editor())).contains("What is said about this topic")
			.contains("Relief is the price of any deal.")
			.contains(">Ukraine</a>")
			.contains("1 supporting, 0 disputing")
			.contains(">C2</abbr>");
		// Its history and /changes name the claims.
		assertThat(this.jdbc.queryForObject(
				"select string_agg(fields, ',') from record_change " + "where entity_type = 'Topic' and record_id = ?",
				String.class, topic))
			.contains("claims");
		assertThat(page("/topics/" + topic + "/history", editor())).contains("Claim")
			.contains("Relief is the price of any deal. — Ukraine (2026-02-20)")
			.contains("Report on the claim ‘Relief is the price of any deal.’")
			.doesNotContain("TopicClaim");
	}

	@Test
	void anAdminAddsAndRemovesClaimRowsWithoutSavingThenSavesOne() throws Exception {
		long topic = id("select id from topic where slug = 'ceasefire'");
		long before = version(topic);
		Map<String, String> fields = opened(topic, "topic-admin");
		fields.put("claims[0].claim", "A ceasefire must come first.");
		fields.put("addClaim", "1");
		String grown = Jsoup.parse(save(topic, "topic-admin", fields).getContentAsString()).toString();
		assertThat(grown).contains("name=\"claims[1].claim\"").contains("A ceasefire must come first.");
		fields.remove("addClaim");
		assertThat(version(topic)).isEqualTo(before);
		assertThat(save(topic, "topic-admin", fields).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("select claim from topic_claim where topic_id = ?", String.class, topic))
			.containsExactly("A ceasefire must come first.");
		assertThat(version(topic)).isEqualTo(before + 1);
		// Removing the row removes the claim.
		Map<String, String> again = opened(topic, "topic-admin");
		again.put("removeClaim", "0");
		Map<String, String> removed = form(Jsoup.parse(save(topic, "topic-admin", again).getContentAsString()), topic);
		assertThat(removed).doesNotContainValue("A ceasefire must come first.");
		assertThat(save(topic, "topic-admin", removed).getStatus()).isEqualTo(302);
		assertThat(id("select count(*) from topic_claim where topic_id = " + topic)).isZero();
	}

	@Test
	void aClaimWithoutWordsOrCitingAReportNotOnRecordIsRefusedNextToItsField() throws Exception {
		long before = topics();
		MockHttpServletResponse refused = send(post("/topics").with(editor()), "name", "Elections", "claims[0].claim",
				"", "claims[0].statedOn", "2026-02-21", "claims[1].claim", "Said.", "claims[1].citations[0].citationId",
				"987654321", "claims[1].citations[0].bearing", "SUPPORTS");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Write the claim in words, or empty the row.")
			.contains("href=\"#claims0.claim\"")
			.contains("Choose a report from the list.")
			.contains("href=\"#claims1.citations0.citationId\"");
		assertThat(topics()).isEqualTo(before);
	}

	@Test
	void aBlankNameIsRefusedOnTheForm() throws Exception {
		long before = topics();
		MockHttpServletResponse refused = send(post("/topics").with(editor()), "name", "   ", "description", "x");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Please correct the following")
			.contains("Enter the topic’s name.")
			.contains("href=\"#name\"");
		assertThat(topics()).isEqualTo(before);
	}

	@Test
	void aNameTakenWhateverItsCapitalsIsRefusedWithALinkToTheTopicThatHasIt() throws Exception {
		long before = topics();
		long ceasefire = id("select id from topic where slug = 'ceasefire'");
		MockHttpServletResponse refused = send(post("/topics").with(editor()), "name", " cEASEFIRE ");
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select(".error-summary").text()).contains("There is a topic called “Ceasefire” already");
		assertThat(page.select(".field-error a").attr("href")).isEqualTo("/topics/" + ceasefire);
		assertThat(page.select(".field-error a").text()).isEqualTo("Open “Ceasefire”");
		assertThat(page.select("input[name=name]").val()).isEqualTo("cEASEFIRE");
		assertThat(topics()).isEqualTo(before);
	}

	@Test
	void aTakenSlugGetsANumberAndMarkupIsKeptAsTypedButShownEscaped() throws Exception {
		assertThat(send(post("/topics").with(editor()), "name", "Ceasefire!").getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select name from topic where slug = 'ceasefire-2'", String.class))
			.isEqualTo("Ceasefire!");
		MockHttpServletResponse markup = send(post("/topics").with(editor()), "name", "<b>Bold</b> & co");
		assertThat(markup.getStatus()).isEqualTo(302);
		assertThat(page(markup.getRedirectedUrl(), editor())).contains("&lt;b&gt;Bold&lt;/b&gt; &amp; co")
			.doesNotContain("<b>Bold</b>");
	}

	@Test
	void hostileInputIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
		long before = topics();
		MockHttpServletResponse longName = send(post("/topics").with(editor()), "name", "я".repeat(30_000));
		assertThat(longName.getStatus()).isEqualTo(200);
		assertThat(longName.getContentAsString()).contains("Keep the name to 200 characters or fewer.");
		MockHttpServletResponse longDescription = send(post("/topics").with(editor()), "name", "Grain", "description",
				"x\n<".repeat(10_000));
		assertThat(longDescription.getStatus()).isEqualTo(200);
		assertThat(longDescription.getContentAsString()).contains("Keep the description to 2,000 characters or fewer.");
		assertThat(send(post("/topics").with(editor()), "name", "Grain\u0000").getStatus()).isEqualTo(400);
		long ceasefire = id("select id from topic where slug = 'ceasefire'");
		MockHttpServletResponse rename = send(post("/topics/{id}", ceasefire).with(admin()), "version",
				"" + version(ceasefire), "name", "x".repeat(201));
		assertThat(rename.getStatus()).isEqualTo(200);
		assertThat(rename.getContentAsString()).contains("Keep the name to 200 characters or fewer.");
		assertThat(topics()).isEqualTo(before);
		assertThat(name(ceasefire)).isEqualTo("Ceasefire");
	}

	@Test
	void analystsAddNothingAndEditorsRenameNothing() throws Exception {
		long ceasefire = id("select id from topic where slug = 'ceasefire'");
		assertThat(send(post("/topics").with(user("a").roles("ANALYST")), "name", "Grain").getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/topics/{id}/edit", ceasefire).with(editor()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(send(post("/topics/{id}", ceasefire).with(editor()), "version", "" + version(ceasefire), "name",
				"Truce")
			.getStatus()).isEqualTo(403);
		assertThat(name(ceasefire)).isEqualTo("Ceasefire");
		// The ways in are shown to those who may use them.
		assertThat(page("/topics/" + ceasefire, editor())).doesNotContain("/topics/" + ceasefire + "/edit");
		assertThat(page("/topics/" + ceasefire, admin())).contains("href=\"/topics/" + ceasefire + "/edit\"")
			.contains("href=\"/topics/" + ceasefire + "/merge\"");
	}

	@Test
	void anAdminRenamesATopicItsSlugStaying() throws Exception {
		long ceasefire = id("select id from topic where slug = 'ceasefire'");
		Map<String, String> form = opened(ceasefire, "ann");
		form.put("name", "Ceasefire and truce");
		MockHttpServletResponse saved = save(ceasefire, "ann", form);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/topics/" + ceasefire);
		assertThat(this.jdbc.queryForMap("select slug, name from topic where id = ?", ceasefire))
			.containsEntry("slug", "ceasefire")
			.containsEntry("name", "Ceasefire and truce");
		// Its own name in other capitals is no duplicate.
		Map<String, String> again = opened(ceasefire, "ann");
		again.put("name", "CEASEFIRE AND TRUCE");
		assertThat(save(ceasefire, "ann", again).getStatus()).isEqualTo(302);
	}

	@Test
	void aRenameToAnotherTopicsNameIsRefused() throws Exception {
		long ceasefire = id("select id from topic where slug = 'ceasefire'");
		long territory = id("select id from topic where slug = 'territory'");
		Map<String, String> form = opened(ceasefire, "ann");
		form.put("name", "territory");
		MockHttpServletResponse refused = save(ceasefire, "ann", form);
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".field-error a").attr("href"))
			.isEqualTo("/topics/" + territory);
		assertThat(name(ceasefire)).isEqualTo("Ceasefire");
	}

	@Test
	void aRenameFromAStaleFormIsMergedAndWaitsForAChoiceWhereBothChanged() throws Exception {
		long ceasefire = id("select id from topic where slug = 'ceasefire'");
		Map<String, String> ann = opened(ceasefire, "ann");
		Map<String, String> bob = opened(ceasefire, "bob");
		bob.put("name", "Truce");
		assertThat(save(ceasefire, "bob", bob).getStatus()).isEqualTo(302);

		ann.put("name", "Armistice");
		ann.put("description", "Ending the fighting.");
		MockHttpServletResponse stale = save(ceasefire, "ann", ann);
		assertThat(stale.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(stale.getContentAsString());
		assertThat(page.select("section.merge").text()).contains("saved this record at")
			.contains("Your value: only you changed it");
		assertThat(page.select("tr.merge--choose").text()).contains("Name");
		assertThat(name(ceasefire)).isEqualTo("Truce");

		Map<String, String> choosing = form(page, ceasefire);
		choosing.put("merge.choices[name]", "yours");
		assertThat(save(ceasefire, "ann", choosing).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("select name, description from topic where id = ?", ceasefire))
			.containsEntry("name", "Armistice")
			.containsEntry("description", "Ending the fighting.");
	}

	private Map<String, String> opened(long topic, String admin) throws Exception {
		return form(Jsoup.parse(page("/topics/" + topic + "/edit", user(admin).roles("ADMIN"))), topic);
	}

	private MockHttpServletResponse save(long topic, String admin, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/topics/{id}", topic).with(user(admin).roles("ADMIN"))
			.with(csrf());
		fields.forEach(request::param);
		return perform(request);
	}

	/** What the page's edit form sends, as a browser would. */
	private static Map<String, String> form(Document page, long topic) {
		FormElement form = (FormElement) page.selectFirst("form[action=/topics/" + topic + "]");
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData().forEach((field) -> fields.put(field.key(), field.value()));
		fields.remove("_csrf");
		return fields;
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String... fields) throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return perform(request.with(csrf()));
	}

	/**
	 * Each request its own, as a browser's are: written out and forgotten before the
	 * next.
	 */
	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		this.entityManager.flush();
		this.entityManager.clear();
		return response;
	}

	private String page(String address, RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = perform(get(address).with(who));
		assertThat(response.getStatus()).as(address).isEqualTo(200);
		return response.getContentAsString();
	}

	private long topics() {
		return id("select count(*) from topic");
	}

	private long version(long topic) {
		return id("select version from topic where id = " + topic);
	}

	private String name(long topic) {
		return this.jdbc.queryForObject("select name from topic where id = ?", String.class, topic);
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static RequestPostProcessor editor() {
		return user("topic-editor").roles("EDITOR");
	}

	private static RequestPostProcessor admin() {
		return user("topic-admin").roles("ADMIN");
	}

}
