package org.parley.read.negotiations;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

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
 * {@code /negotiations}: every negotiation by title with its rounds, proposals and latest
 * round, a page at a time, linked from the start page's counts and browse links.
 */
@ParleyApplicationTest
class NegotiationListTests {

	private static final int PAGE_SIZE = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGenevaTalksAreListedWithTheirRoundsProposalsAndLatestRound() throws Exception {
		long rounds = count("select count(*) from round r join negotiation n on n.id = r.negotiation_id "
				+ "where n.slug = 'russia-ukraine'");
		long proposals = count("select count(*) from proposal p join negotiation n on n.id = p.negotiation_id "
				+ "where n.slug = 'russia-ukraine'");
		Document page = page("/negotiations", analyst());
		assertThat(page.select("h1").text()).isEqualTo("Negotiations");
		String row = page.select("tbody tr:has(a[href=/negotiations/russia-ukraine])").text();
		assertThat(row).startsWith("Russia–Ukraine peace talks " + rounds + " " + proposals + " ").contains("Feb 2026");
		assertThat(page.select("a[href=/negotiations/new]")).isEmpty();
		assertThat(page("/negotiations", editor()).select("a[href=/negotiations/new]").text())
			.isEqualTo("New negotiation");
	}

	@Test
	void theStartPageCountLeadsThere() throws Exception {
		Document start = page("/", analyst());
		assertThat(start.select(".dashboard-counts a[href=/negotiations]")).hasSize(1);
		assertThat(start.select(".browse-links a").eachAttr("href")).contains("/negotiations");
	}

	@Test
	@Transactional
	void manyNegotiationsArePagedInTwoStatementsAndOneWithoutRoundsSaysSo() throws Exception {
		this.jdbc.update("insert into negotiation (slug, title) select 'aa-talks-' || g, "
				+ "'Aa talks ' || lpad(g::text, 3, '0') from generate_series(1, 60) g");
		long total = count("select count(*) from negotiation");
		SqlStatements.reset();
		Document first = page("/negotiations", analyst());
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(2);
		assertThat(first.select("tbody tr")).hasSize(PAGE_SIZE);
		assertThat(first.select("tbody tr").first().text()).isEqualTo("Aa talks 001 0 0 no round yet");
		assertThat(first.select(".pagination").text()).contains("Page 1 of " + (total + PAGE_SIZE - 1) / PAGE_SIZE);
		Document second = page(first.select("a[rel=next]").attr("href"), analyst());
		assertThat(second.select("tbody th a").eachText())
			.doesNotContainAnyElementsOf(first.select("tbody th a").eachText());
	}

	@Test
	void strangersAreSentToSignInWhilePublicReadingIsOff() throws Exception {
		this.mvc.perform(get("/negotiations")).andExpect(status().is3xxRedirection());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private Document page(String address, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(address).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor analyst() {
		return user("negotiation-list-analyst").roles("ANALYST");
	}

	private static RequestPostProcessor editor() {
		return user("negotiation-list-editor").roles("EDITOR");
	}

}
