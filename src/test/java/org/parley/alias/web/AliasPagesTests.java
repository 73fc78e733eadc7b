package org.parley.alias.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors keep the search aliases: a group added is listed, audited and searched at once;
 * a group removed is asked about first; bad terms are refused on the form.
 */
@ParleyApplicationTest
@Transactional
class AliasPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGenevaAliasesAreListedToEveryReader() throws Exception {
		String page = page("/aliases", user("analyst").roles("ANALYST"));
		assertThat(Jsoup.parse(page).select("li.alias-group").eachText())
			.anySatisfy((group) -> assertThat(group).contains("DMZ", "demilitarized zone"))
			.anySatisfy((group) -> assertThat(group).contains("Donbas", "Donbass"))
			.anySatisfy((group) -> assertThat(group).contains("National Guard", "Rosgvardiya", "Росгвардия"));
		// Only editors see the buttons that change the list.
		assertThat(page).doesNotContain("New alias group").doesNotContain("/delete");
		assertThat(page("/aliases", editor())).contains("href=\"/aliases/new\"").contains("/delete");
	}

	@Test
	void anEditorAddsAGroupThatSearchUsesAtOnce() throws Exception {
		MockHttpServletResponse saved = send("  Zaporizhzhia NPP \n\nZNPP,  Zaporizhzhia nuclear   plant ", "Plant.");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/aliases");
		Long group = this.jdbc.queryForObject("select alias_group_id from alias_term where term = 'ZNPP'", Long.class);
		assertThat(this.jdbc.queryForList("select term from alias_term where alias_group_id = ? order by term",
				String.class, group))
			.containsExactly("ZNPP", "Zaporizhzhia NPP", "Zaporizhzhia nuclear plant");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type = 'AliasGroup' and entity_id = ? and actor = 'alias-editor'",
				Long.class, group.toString()))
			.isEqualTo(1);
		this.jdbc.update("update position set note = 'The Zaporizhzhia nuclear plant stays with the IAEA.' "
				+ "where stance = 'CONDITIONAL'");
		assertThat(page("/search?q=ZNPP", editor()))
			.contains("<mark>Zaporizhzhia</mark> <mark>nuclear</mark> <mark>plant</mark>");
	}

	@Test
	void badTermsAreRefusedOnTheFormNeverWithAnError() throws Exception {
		long before = groups();
		assertRefused(send("   ", null), "Enter the terms, two at least.");
		assertRefused(send("ceasefire", null), "Enter two terms at least");
		assertRefused(send("truce\nTruce\nceasefire", null), "Each term once: truce is there twice");
		assertRefused(send("x".repeat(101) + "\ny", null), "Keep each term to 100 characters or fewer.");
		MockHttpServletResponse taken = send("DONBAS\nDonechchyna", null);
		assertRefused(taken, "“DONBAS” is in another alias group already");
		long donbas = this.jdbc.queryForObject("select alias_group_id from alias_term where term = 'Donbas'",
				Long.class);
		assertThat(taken.getContentAsString()).contains("href=\"/aliases#alias-" + donbas + "\"")
			.contains("Donechchyna");
		assertThat(groups()).isEqualTo(before);
	}

	@Test
	void removingAGroupAsksFirstThenSearchForgetsIt() throws Exception {
		long group = this.jdbc.queryForObject("select alias_group_id from alias_term where term = 'Donbass'",
				Long.class);
		long version = this.jdbc.queryForObject("select version from alias_group where id = ?", Long.class, group);
		MockHttpServletResponse asked = this.mvc
			.perform(post("/aliases/" + group + "/delete").with(editor()).with(csrf()).param("version", "" + version))
			.andReturn()
			.getResponse();
		assertThat(asked.getStatus()).isEqualTo(200);
		assertThat(asked.getContentAsString()).contains("Delete for good").contains("Donbass");
		assertThat(groups(group)).isOne();
		MockHttpServletResponse removed = this.mvc
			.perform(post("/aliases/" + group + "/delete").with(editor())
				.with(csrf())
				.param("version", "" + version)
				.param("confirmed", "true"))
			.andReturn()
			.getResponse();
		assertThat(removed.getRedirectedUrl()).isEqualTo("/aliases");
		assertThat(groups(group)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'DELETE' "
				+ "and entity_type = 'AliasGroup' and entity_id = ?", Long.class, "" + group))
			.isEqualTo(1);
		// Reports match by their words only (no similar names): without the alias, none.
		assertThat(page("/search?q=Donbass&kind=reports", editor())).contains("No results");
		assertThat(page("/search?q=Donbas&kind=reports", editor())).doesNotContain("No results");
	}

	@Test
	void analystsCannotChangeTheList() throws Exception {
		assertThat(this.mvc
			.perform(post("/aliases").with(user("analyst").roles("ANALYST")).with(csrf()).param("terms", "a\nb"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/aliases/new").with(user("analyst").roles("ANALYST")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private void assertRefused(MockHttpServletResponse response, String message) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains(message).contains("aria-invalid=\"true\"");
	}

	private MockHttpServletResponse send(String terms, String note) throws Exception {
		var request = post("/aliases").with(editor()).with(csrf()).param("terms", terms);
		if (note != null) {
			request.param("note", note);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private String page(String address, RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(address).with(who)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private long groups() {
		return this.jdbc.queryForObject("select count(*) from alias_group", Long.class);
	}

	private long groups(long id) {
		return this.jdbc.queryForObject("select count(*) from alias_group where id = ?", Long.class, id);
	}

	private static RequestPostProcessor editor() {
		return user("alias-editor").roles("EDITOR");
	}

}
