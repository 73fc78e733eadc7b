package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.party.PartyRepository;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A name holding a right-to-left override (U+202E) reorders nothing the page writes after
 * it: the saved notice, search results and the changes page hold it in a {@code <bdi>},
 * with the editor's name and what follows outside; history pages show the override as a
 * marker instead of obeying it.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "bidi-editor", roles = "EDITOR")
class BidiTextTests {

	/** "Ilse Kovač" with an override that is never closed. */
	private static final String NAME = "Ilse \u202EKovač";

	private static final String REVEALED = "Ilse <span class=\"bidi-control\" title=\"RIGHT-TO-LEFT OVERRIDE\">"
			+ "⟨U+202E⟩</span>Kovač";

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyRepository parties;

	@Autowired
	BidiText bidi;

	@Test
	void theSavedNoticeIsolatesTheName() throws Exception {
		MvcResult saved = create();
		String page = this.mvc
			// The notice travels in the session the save began.
			.perform(get(saved.getResponse().getRedirectedUrl()).cookie(saved.getResponse().getCookies()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("role=\"status\">“<bdi>" + NAME + "</bdi>” was added.")
			.contains("<title>\u2068" + NAME + "\u2069 · Parley</title>");
	}

	@Test
	void searchResultsIsolateTheNameAndTheWordsSearchedFor() throws Exception {
		create();
		String page = this.mvc.perform(get("/search").param("q", "Ilse"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("1 result for “<bdi>Ilse</bdi>”")
			.containsPattern("<a href=\"/people/\\d+\"><bdi><mark>Ilse</mark> \u202EKovač</bdi></a>\\s*"
					+ "<span class=\"search-hit__meta\"><bdi>Ukraine</bdi></span>");
	}

	@Test
	void theChangesPageShowsTheOverrideAndKeepsTheEditorApart() throws Exception {
		create();
		String page = this.mvc.perform(get("/changes")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("‘<bdi>" + REVEALED + "</bdi>’</a>\n")
			.contains("created by <bdi>bidi-editor</bdi>")
			.doesNotContain("\u202E");
	}

	@Test
	void theHistoryShowsTheOverrideWhereItWasTyped() throws Exception {
		String person = create().getResponse().getRedirectedUrl();
		String page = this.mvc.perform(get(person + "/history"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The audit trail stores the override written out (\u202e); the page shows it so.
		assertThat(page).contains("<title>History of Ilse \\u202eKovač · Parley</title>")
			.contains("History of ‘<bdi>" + REVEALED + "</bdi>’</h1>")
			.contains("<td><bdi>bidi-editor</bdi></td>")
			.contains("<td class=\"history-value\"><bdi>" + REVEALED + "</bdi></td>")
			.doesNotContain("\u202E");
	}

	@Test
	void nothingTypedEndsTheIsolationEarly() {
		// An isolate-pop with no isolate of its own would close the <bdi>'s isolation.
		assertThat(this.bidi.isolate("a\u2069\u202Eb")).isEqualTo("<bdi>a\u202Eb</bdi>");
		assertThat(this.bidi.isolate("\u2067x\u2069y\u2069")).isEqualTo("<bdi>\u2067x\u2069y</bdi>");
		assertThat(this.bidi.plain("\u2069\u202Ez")).isEqualTo("\u2068\u202Ez\u2069");
		assertThat(this.bidi.isolate("<b>&")).isEqualTo("<bdi>&lt;b&gt;&amp;</bdi>");
		// The trail doubles a typed backslash: "\\u202e" was typed as it reads.
		assertThat(BidiText.escapeRevealingTrail("a\\u202eb\\\\u202e<"))
			.isEqualTo("a<span class=\"bidi-control\" title=\"RIGHT-TO-LEFT OVERRIDE\">⟨U+202E⟩</span>b\\\\u202e&lt;");
		assertThat(this.bidi.message("search.title.query", "<\u202E>")).isEqualTo("Search: <bdi>&lt;\u202E&gt;</bdi>");
		assertThat(this.bidi.revealedMessage("changes.action.CREATE", "\u2067")).isEqualTo(
				"created by <bdi><span class=\"bidi-control\" title=\"RIGHT-TO-LEFT ISOLATE\">⟨U+2067⟩</span></bdi>");
	}

	private MvcResult create() throws Exception {
		String ukraine = String.valueOf(this.parties.findBySlug("ukraine").orElseThrow().getId());
		MvcResult result = this.mvc
			.perform(post("/people").with(csrf())
				.param("fullName", NAME)
				.param("nativeName", "")
				.param("title", "")
				.param("partyId", ukraine))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(result.getFlashMap().get("flashName")).isEqualTo(NAME);
		return result;
	}

}
