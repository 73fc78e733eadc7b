package org.parley.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ways into the editor forms from the read pages, where an editor looks for them; an
 * analyst sees none of them. And the Markdown hint on every summary and note of the
 * forms.
 */
@ParleyApplicationTest
class EditorLinksTests {

	private static final String MARKDOWN_HINT = "Markdown works here:";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void editorsFindTheFormsOnEachReadPageAndAnalystsDoNot() throws Exception {
		long round = id("round", "geneva-2026-02-17");
		long negotiation = id("negotiation", "russia-ukraine");
		long party = id("party", "ukraine");
		long person = id("person", "oleksandr-merezhko");
		long source = id("source", "report");
		Map<String, List<String>> links = Map.of("/rounds/" + round,
				List.of("/rounds/" + round + "/edit", "/citations/new?round=" + round), "/negotiations/russia-ukraine",
				List.of("/negotiations/" + negotiation + "/edit", "/log?negotiation=" + negotiation,
						"/rounds/new?negotiation=" + negotiation, "/proposals/new?negotiation=" + negotiation),
				"/parties/" + party, List.of("/parties/" + party + "/edit"), "/people/" + person,
				List.of("/people/" + person + "/edit"), "/sources/" + source,
				List.of("/citations/new?source=" + source));
		for (Map.Entry<String, List<String>> page : links.entrySet()) {
			String asEditor = page(page.getKey(), "EDITOR");
			String asAnalyst = page(page.getKey(), "ANALYST");
			for (String link : page.getValue()) {
				assertThat(asEditor).as("%s for an editor", page.getKey()).contains("href=\"" + link + "\"");
				assertThat(asAnalyst).as("%s for an analyst", page.getKey()).doesNotContain("href=\"" + link + "\"");
			}
		}
		assertThat(page("/rounds/" + round, "EDITOR")).contains(">Cite a report for this round</a>");
		assertThat(page("/negotiations/russia-ukraine", "EDITOR")).contains(">Log a round from a report</a>")
			.contains(">New round</a>")
			.contains(">New proposal</a>");
	}

	@Test
	void theQuickLogStartsWithTheNegotiationItWasOpenedFrom() throws Exception {
		long negotiation = id("negotiation", "russia-ukraine");
		assertThat(page("/log?negotiation=" + negotiation, "EDITOR"))
			.containsPattern("<option value=\"" + negotiation + "\" selected=\"selected\"");
		// An unknown one is ignored; a malformed one is a bad request.
		assertThat(page("/log?negotiation=999999999", "EDITOR")).contains("<h1>Log a round</h1>");
		this.mvc.perform(get("/log").param("negotiation", "russia").with(user("editor").roles("EDITOR")))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void everySummaryAndNoteOfTheFormsSaysMarkdownWorks() throws Exception {
		long round = id("round", "geneva-2026-02-17");
		long proposal = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		long position = this.jdbc.queryForObject("select min(id) from position", Long.class);
		// The round's summary and the note on a proposal discussed; the proposal's
		// summary; the position's note; the quick log's summary and a new proposal's.
		Map<String, Integer> forms = Map.of("/rounds/new", 2, "/rounds/" + round + "/edit", 2, "/proposals/new", 1,
				"/proposals/" + proposal + "/edit", 1, "/positions/new?proposal=" + proposal, 1,
				"/positions/" + position + "/edit", 1, "/log", 2);
		for (Map.Entry<String, Integer> form : forms.entrySet()) {
			String html = page(form.getKey(), "EDITOR");
			assertThat(html.split(MARKDOWN_HINT, -1)).as(form.getKey()).hasSizeGreaterThan(form.getValue());
			assertThat(html).as(form.getKey()).containsPattern("aria-describedby=\"(f\\d+-hint )?f\\d+-markdown\"");
		}
	}

	private String page(String path, String role) throws Exception {
		return this.mvc.perform(get(path).with(user("links-" + role.toLowerCase()).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

}
