package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Summaries and notes written in Markdown, as the read pages show them: emphasis, lists
 * and links rendered; HTML shown as typed; edit forms hold the text as typed.
 */
@ParleyApplicationTest
@Transactional
class MarkdownPageTests {

	/** Markdown with everything a hostile editor might try beside what a reader wants. */
	private static final String TEXT = """
			Talks were *tense*; see [the report](https://example.org/report?a=1&b=2).

			- first point
			- second point

			<script>alert(1)</script> <img src=x onerror=alert(1)>

			A [bad link](javascript:alert(1)) and a ![pixel](https://evil.example/p.png)""";

	private static final String LINK = "<a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"nofollow noopener\">the report</a>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRoundsSummaryAndTheNotesOnItsProposalsAreRendered() throws Exception {
		long round = this.jdbc.queryForObject("select id from round where slug = 'geneva-2026-02-17'", Long.class);
		this.jdbc.update("update round set summary = ? where id = ?", TEXT, round);
		this.jdbc.update("update round_proposal set note = ? where round_id = ?", "Tabled **late**", round);
		String page = page("/rounds/" + round);
		assertRendered(page);
		assertThat(page).contains("<div class=\"round-note markdown\"><p>Tabled <strong>late</strong></p></div>");
	}

	@Test
	void aProposalsSummaryAndTheNotesOnItsPositionsAreRendered() throws Exception {
		long proposal = this.jdbc.queryForObject("select id from proposal where slug = 'donbas-demilitarized-zone'",
				Long.class);
		this.jdbc.update("update proposal set summary = ? where id = ?", TEXT, proposal);
		long position = this.jdbc.queryForObject("select min(id) from position where proposal_id = ?", Long.class,
				proposal);
		long party = this.jdbc.queryForObject("select party_id from position where id = ?", Long.class, position);
		this.jdbc.update("update position set note = ? where id = ?", "Said _twice_ & <b>loudly</b>", position);
		String page = page("/proposals/" + proposal);
		assertRendered(page);
		assertThat(page).contains("<p>Said <em>twice</em> &amp; &lt;b&gt;loudly&lt;/b&gt;</p>");
		assertThat(page("/parties/" + party)).contains("<p>Said <em>twice</em> &amp; &lt;b&gt;loudly&lt;/b&gt;</p>");
	}

	@Test
	void aNegotiationsDescriptionIsRenderedAndItsFormKeepsTheTextAsTyped() throws Exception {
		this.jdbc.update("update negotiation set description = ? where slug = 'russia-ukraine'", TEXT);
		assertRendered(page("/negotiations/russia-ukraine"));
		assertRendered(page("/"));
		long id = this.jdbc.queryForObject("select id from negotiation where slug = 'russia-ukraine'", Long.class);
		String form = this.mvc.perform(get("/negotiations/{id}/edit", id).with(user("md-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Talks were *tense*; see [the report](https://example.org/report?a=1&amp;b=2).")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;")
			.contains("aria-describedby=\"description-hint\"")
			.doesNotContain("<em>tense</em>");
	}

	private static void assertRendered(String page) {
		assertThat(page).contains("<p>Talks were <em>tense</em>; see " + LINK + ".</p>")
			.contains("<ul>\n<li>first point</li>\n<li>second point</li>\n</ul>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;")
			.contains("<p>A bad link and a pixel</p>")
			.doesNotContain("<script>alert", "<img", "javascript:", "evil.example");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor analyst() {
		return user("md-reader").roles("ANALYST");
	}

}
