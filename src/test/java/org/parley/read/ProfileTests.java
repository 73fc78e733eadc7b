package org.parley.read;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class ProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ukrainesPageShowsItsRoleItsPeopleAndEveryPositionWithMerezhkosQuotesAndTheirEvidence() throws Exception {
		String html = page("/parties/" + id("party", "ukraine"));
		assertThat(html).contains("<h1>Ukraine</h1>")
			.contains("<dd>state</dd>")
			.containsPattern(
					"href=\"/negotiations/russia-ukraine\">Russia–Ukraine peace talks</a>:\\s*<span>party</span>")
			.contains("href=\"/people/" + id("person", "oleksandr-merezhko") + "\">Oleksandr Merezhko</a>")
			.contains("(Олександр Мережко)")
			.contains("For us, this is unacceptable.")
			.contains("They are trying to disguise the withdrawal.")
			.contains("We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.")
			.contains("Ukrainian officials call the proposal unrealistic and unacceptable.")
			.contains(">⊘</span> <span>rejects</span>")
			.contains(">✓</span> <span>supports</span>")
			.contains("by <time datetime=\"2026-02-21\" title=\"Said on this day or earlier")
			// Evidence: Report (C) graded 2, relayed from The Kyiv Independent.
			.contains(">C2</abbr>")
			.contains(">The Kyiv Independent</a>")
			// It proposed freezing the front line.
			.containsPattern("href=\"/proposals/\\d+\">Freeze the current front line</a>");
		// Grouped by proposal: the joint administration's positions under its heading,
		// with the fortified-districts quote that answers it; none of them under the
		// withdrawal's. (The stance chart above names the proposals too: look among the
		// headings.)
		int headings = html.indexOf("<h3 id=\"party-proposal-");
		int heading = html.indexOf(">Joint Russian–Ukrainian civilian administration", headings);
		int next = html.indexOf("<h3", heading);
		assertThat(html.substring(heading, next)).contains("For us, this is unacceptable.")
			.contains("We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.");
		int withdrawal = html.indexOf(">Ukrainian withdrawal from the Donbas", headings);
		int after = html.indexOf("<h3", withdrawal);
		assertThat(html.substring(withdrawal, (after < 0) ? html.length() : after))
			.doesNotContain("We cannot leave these fortified districts");
	}

	@Test
	@Transactional
	void aSpeakerWithoutANativeNameIsListedWithTheirTitleAfterTheComma() throws Exception {
		long ukraine = id("party", "ukraine");
		this.jdbc.update("insert into person (slug, full_name, title, party_id) values ('rustem-umerov-profile-test',"
				+ " 'Rustem Umerov', 'secretary of the National Security and Defense Council', ?)", ukraine);
		assertThat(page("/parties/" + ukraine))
			.containsPattern("Rustem Umerov</a>,\\s*<span>secretary of the National Security and Defense Council")
			.doesNotContainPattern("Rustem Umerov</a>\\s+,");
	}

	@Test
	void russiasPageShowsTheConditionAndTheSpeaker() throws Exception {
		assertThat(page("/parties/" + id("party", "russia"))).contains("Rosgvardiya")
			.contains(">◐</span> <span>conditional</span>")
			.contains(">Yuri Ushakov</a>");
	}

	@Test
	void merezhkosPageShowsHisTitleHisPartyAndHisQuotes() throws Exception {
		String html = page("/people/" + id("person", "oleksandr-merezhko"));
		assertThat(html).contains("<h1>Oleksandr Merezhko</h1>")
			.contains("<dd>Олександр Мережко</dd>")
			.contains("Head of the Ukrainian parliament&#39;s foreign affairs committee")
			.contains("href=\"/parties/" + id("party", "ukraine") + "\">Ukraine</a>")
			.contains("For us, this is unacceptable.")
			.contains("They are trying to disguise the withdrawal.")
			.contains("like the demilitarized zone between North Korea and South Korea.")
			.contains("We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.")
			.containsPattern("href=\"/proposals/\\d+#position-\\d+\">Joint Russian–Ukrainian civilian administration")
			.doesNotContainPattern("href=\"/proposals/\\d+#position-\\d+\">Ukrainian withdrawal from the Donbas")
			.contains(">⊘</span> <span>rejects</span>")
			.contains(">C2</abbr>");
	}

	@Test
	void eachPersonsPageListsTheTitlesTheyHeldByDateWithTheGradedReport() throws Exception {
		String merezhko = page("/people/" + id("person", "oleksandr-merezhko"));
		assertThat(merezhko).containsPattern("(?s)Titles held.*head of parliament(&#39;|')s foreign affairs committee"
				+ "</th:block>|(?s)Titles held.*head of parliament(&#39;|')s foreign affairs committee");
		assertThat(merezhko)
			.containsPattern("(?s)Titles held.*as of\\s*<time datetime=\"2026-02-21\">21 Feb 2026</time>"
					+ ".*1 supporting, 0 disputing.*>C2</abbr>.*Oleksandr Merezhko, head of parliament");
		String ushakov = page("/people/" + id("person", "yuri-ushakov"));
		assertThat(ushakov).containsPattern("(?s)Titles held.*Russian presidential aide,\\s*as of\\s*"
				+ "<time datetime=\"2026-02-21\">21 Feb 2026</time>.*>C2</abbr>.*Russian presidential aide Yuri Ushakov previously said");
	}

	@Test
	void unknownIdsAreNotFoundAndMalformedOnesAreBadRequests() throws Exception {
		this.mvc.perform(get("/parties/987654321")).andExpect(status().isNotFound());
		this.mvc.perform(get("/people/987654321")).andExpect(status().isNotFound());
		this.mvc.perform(get("/parties/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number")));
		this.mvc.perform(get("/people/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number")));
	}

	@Test
	void oddPagingIsClamped() throws Exception {
		this.mvc.perform(get("/parties/" + id("party", "ukraine") + "?page=-1&size=100000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For us, this is unacceptable.")));
		this.mvc.perform(get("/people/" + id("person", "oleksandr-merezhko") + "?page=50&size=0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oleksandr Merezhko")));
	}

	@Test
	@WithMockUser(roles = "NOBODY")
	void onlyAnalystsAndAboveMayRead() throws Exception {
		this.mvc.perform(get("/parties/" + id("party", "ukraine"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/people/" + id("person", "oleksandr-merezhko"))).andExpect(status().isForbidden());
	}

	private long id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
