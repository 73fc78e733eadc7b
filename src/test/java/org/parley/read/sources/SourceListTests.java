package org.parley.read.sources;

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
 * {@code /sources}: every graded source by name with its reliability, a page at a time,
 * linked from the navigation and the start page; admins find there the way to manage
 * them.
 */
@ParleyApplicationTest
class SourceListTests {

	private static final int PAGE_SIZE = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSourcesAreListedByNameWithTheirGrade() throws Exception {
		long nyt = this.jdbc.queryForObject("select id from source where name = 'The New York Times'", Long.class);
		String reliability = this.jdbc.queryForObject("select reliability from source where id = ?", String.class, nyt);
		Document page = page("/sources", analyst());
		assertThat(page.select("h1").text()).isEqualTo("Sources");
		assertThat(page.select("tbody tr:has(a[href=/sources/" + nyt + "])").text()).contains("The New York Times")
			.contains(reliability + " ")
			.contains("media");
		assertThat(page.select("a[href=/admin/sources]")).isEmpty();
		assertThat(page("/sources", editor()).select("a[href=/admin/sources]")).isEmpty();
	}

	@Test
	void theNavigationLeadsEveryReaderToTheIndexAndAdminsOnToManagingThem() throws Exception {
		Document page = page("/proposals", analyst());
		assertThat(page.select(".site-nav a:contains(Sources)").attr("href")).isEqualTo("/sources");
		Document asAdmin = page("/sources", user("source-list-admin").roles("ADMIN"));
		assertThat(asAdmin.select(".site-nav a:contains(Sources)").attr("href")).isEqualTo("/sources");
		assertThat(asAdmin.select(".edit-links a[href=/admin/sources]").text()).isEqualTo("Manage sources (admins)");
		assertThat(page("/", analyst()).select(".browse-links a").eachAttr("href")).contains("/sources");
	}

	@Test
	@Transactional
	void manySourcesArePagedInTwoStatementsAndPendingOnesAreLeftOut() throws Exception {
		this.jdbc.update("insert into source (slug, name, kind, reliability) select 'aa-source-' || g, "
				+ "'Aa source ' || lpad(g::text, 3, '0'), 'MEDIA', 'C' from generate_series(1, 60) g");
		this.jdbc.update("insert into source (slug, name, kind, status) values ('aa-pending', 'Aa pending', "
				+ "'MEDIA', 'PENDING')");
		SqlStatements.reset();
		Document first = page("/sources", analyst());
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(2);
		assertThat(first.select("tbody tr")).hasSize(PAGE_SIZE);
		assertThat(first.select("tbody th a").eachText()).first().isEqualTo("Aa source 001");
		assertThat(first.text()).doesNotContain("Aa pending");
		Document second = page(first.select("a[rel=next]").attr("href"), analyst());
		assertThat(second.select("tbody th a").eachText()).contains("The New York Times");
		assertThat(page("/sources?page=99", analyst()).select("tbody tr")).isEmpty();
	}

	@Test
	void strangersAreSentToSignInWhilePublicReadingIsOff() throws Exception {
		this.mvc.perform(get("/sources")).andExpect(status().is3xxRedirection());
	}

	private Document page(String address, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(address).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor analyst() {
		return user("source-list-analyst").roles("ANALYST");
	}

	private static RequestPostProcessor editor() {
		return user("source-list-editor").roles("EDITOR");
	}

}
