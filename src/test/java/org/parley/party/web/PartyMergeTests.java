package org.parley.party.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two editors open one record's form; the second to save is merged against the record as
 * they opened it: what only the other changed is taken, what only they changed is kept,
 * and a field both changed waits for their choice. No value either saved is lost without
 * one of them choosing so.
 */
@ParleyApplicationTest
@Transactional
class PartyMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long party;

	@BeforeEach
	void aParty() {
		this.party = this.jdbc.queryForObject("insert into party (slug, name, short_name, kind, country_code) "
				+ "values ('merge-land', 'Merge Land', 'ML', 'STATE', 'ML') returning id", Long.class);
	}

	@Test
	void fieldsEachEditorChangedAloneAreBothKept() throws Exception {
		Map<String, String> ann = opened("ann");
		Map<String, String> bob = opened("bob");
		bob.put("shortName", "Merge");
		assertThat(save("bob", bob).getStatus()).isEqualTo(302);

		ann.put("name", "Merge Land Republic");
		MockHttpServletResponse merged = save("ann", ann);
		assertThat(merged.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(merged.getContentAsString());
		assertThat(page.select("section.merge").text()).contains("saved this record at")
			.contains("Their value: only they changed it")
			.contains("Your value: only you changed it");
		assertThat(page.select("input[name=shortName]").val()).isEqualTo("Merge");
		assertThat(page.select("input[name=name]").val()).isEqualTo("Merge Land Republic");

		assertThat(save("ann", form(page)).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("select name, short_name from party where id = ?", this.party))
			.containsEntry("name", "Merge Land Republic")
			.containsEntry("short_name", "Merge");
	}

	@Test
	void aFieldBothChangedIsSavedOnlyOnceChosen() throws Exception {
		Map<String, String> ann = opened("ann");
		Map<String, String> bob = opened("bob");
		bob.put("name", "Bob’s Merge Land");
		assertThat(save("bob", bob).getStatus()).isEqualTo(302);

		ann.put("name", "Ann’s Merge Land");
		Document page = Jsoup.parse(save("ann", ann).getContentAsString());
		assertThat(page.select("tr.merge--choose input[type=radio]").eachAttr("value")).containsExactly("theirs",
				"yours");
		// Saving again without choosing saves nothing and says why.
		MockHttpServletResponse unchosen = save("ann", form(page));
		assertThat(unchosen.getStatus()).isEqualTo(409);
		assertThat(unchosen.getContentAsString())
			.contains("Choose whose value to keep for the field both of you changed");
		assertThat(name()).isEqualTo("Bob’s Merge Land");

		Map<String, String> choosing = form(Jsoup.parse(unchosen.getContentAsString()));
		choosing.put("merge.choices[name]", "theirs");
		assertThat(save("ann", choosing).getStatus()).isEqualTo(302);
		assertThat(name()).isEqualTo("Bob’s Merge Land");
	}

	@Test
	void choosingYoursKeepsYours() throws Exception {
		Map<String, String> ann = opened("ann");
		Map<String, String> bob = opened("bob");
		bob.put("name", "Bob’s Merge Land");
		save("bob", bob);
		ann.put("name", "Ann’s Merge Land");
		Map<String, String> choosing = form(Jsoup.parse(save("ann", ann).getContentAsString()));
		choosing.put("merge.choices[name]", "yours");
		assertThat(save("ann", choosing).getStatus()).isEqualTo(302);
		assertThat(name()).isEqualTo("Ann’s Merge Land");
	}

	private Map<String, String> opened(String editor) throws Exception {
		return form(Jsoup.parse(this.mvc.perform(get("/parties/{id}/edit", this.party).with(editor(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString()));
	}

	private MockHttpServletResponse save(String editor, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/parties/{id}", this.party).with(editor(editor)).with(csrf());
		fields.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		// Each save its own, as two editors' are: written out and forgotten before the
		// next.
		this.entityManager.flush();
		this.entityManager.clear();
		return response;
	}

	/** What the page's edit form sends, as a browser would. */
	private Map<String, String> form(Document page) {
		FormElement form = (FormElement) page.selectFirst("form[action=/parties/" + this.party + "]");
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData().forEach((field) -> fields.put(field.key(), field.value()));
		fields.remove("_csrf");
		return fields;
	}

	private String name() {
		return this.jdbc.queryForObject("select name from party where id = ?", String.class, this.party);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor(String name) {
		return user(name).roles("EDITOR");
	}

}
