package org.parley.read.parties;

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
 * {@code /parties} and {@code /people}: every one by name, linked to its page, a page at
 * a time, reached from the start page; editors find there how to add one.
 */
@ParleyApplicationTest
class PartyAndPersonListTests {

	/** Both lists show this many a page. */
	private static final int PAGE_SIZE = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePartiesAreListedByNameWithKindCountryAndPositions() throws Exception {
		long ukraine = id("select id from party where slug = 'ukraine'");
		long positions = id("select count(*) from position where party_id = " + ukraine);
		Document page = page("/parties", analyst());
		assertThat(page.select("h1").text()).isEqualTo("Parties");
		assertThat(page.select("tbody th a").eachText()).containsSubsequence("Russia", "Ukraine", "United States");
		assertThat(positions).isPositive();
		assertThat(page.select("tbody tr:has(a[href=/parties/" + ukraine + "])").text())
			.isEqualTo("Ukraine state UA " + positions);
		assertThat(page.select("a[href=/parties/new]")).isEmpty();
		assertThat(page("/parties", editor()).select("a[href=/parties/new]").text()).isEqualTo("New party");
	}

	@Test
	void thePeopleAreListedByNameWithThePartyEachSpeaksFor() throws Exception {
		long merezhko = id("select id from person where slug = 'oleksandr-merezhko'");
		long ukraine = id("select id from party where slug = 'ukraine'");
		Document page = page("/people", analyst());
		assertThat(page.select("h1").text()).isEqualTo("People");
		assertThat(page.select("tbody th a").eachText()).containsSubsequence("Oleksandr Merezhko", "Yuri Ushakov");
		String row = "tbody tr:has(a[href=/people/" + merezhko + "])";
		assertThat(page.select(row).text())
			.isEqualTo("Oleksandr Merezhko Ukraine Head of the Ukrainian parliament's foreign affairs committee");
		assertThat(page.select(row + " td a").attr("href")).isEqualTo("/parties/" + ukraine);
		assertThat(page.select("a[href=/people/new]")).isEmpty();
		assertThat(page("/people", editor()).select("a[href=/people/new]").text()).isEqualTo("New person");
	}

	@Test
	@Transactional
	void manyPartiesArePagedInTwoStatements() throws Exception {
		this.jdbc.update("insert into party (slug, name, kind) select 'aa-party-' || g, "
				+ "'Aa party ' || lpad(g::text, 3, '0'), 'OTHER' from generate_series(1, 60) g");
		long total = id("select count(*) from party");
		SqlStatements.reset();
		Document first = page("/parties", analyst());
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(2);
		assertThat(first.select("tbody tr")).hasSize(PAGE_SIZE);
		assertThat(first.select("tbody th a").eachText()).first().isEqualTo("Aa party 001");
		// Other tests may have left parties of their own: the pages follow the count.
		assertThat(first.select(".pagination").text()).contains("Page 1 of " + pages(total));
		Document second = page(first.select("a[rel=next]").attr("href"), analyst());
		assertThat(second.select("tbody tr")).hasSize((int) Math.min(total - PAGE_SIZE, PAGE_SIZE));
		assertThat(second.select("tbody th a").eachText())
			.doesNotContainAnyElementsOf(first.select("tbody th a").eachText());
		assertThat(page("/parties?page=99", analyst()).select("tbody tr")).isEmpty();
	}

	@Test
	@Transactional
	void manyPeopleArePagedInTwoStatements() throws Exception {
		this.jdbc.update("insert into person (slug, full_name) select 'aa-person-' || g, "
				+ "'Aa Person ' || lpad(g::text, 3, '0') from generate_series(1, 60) g");
		long total = id("select count(*) from person");
		SqlStatements.reset();
		Document first = page("/people", analyst());
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(2);
		assertThat(first.select("tbody tr")).hasSize(PAGE_SIZE);
		assertThat(first.select("tbody th a").eachText()).first().isEqualTo("Aa Person 001");
		assertThat(first.select(".pagination").text()).contains("Page 1 of " + pages(total));
		Document second = page(first.select("a[rel=next]").attr("href"), analyst());
		assertThat(second.select("tbody tr")).hasSize((int) Math.min(total - PAGE_SIZE, PAGE_SIZE));
		assertThat(second.select("tbody th a").eachText())
			.doesNotContainAnyElementsOf(first.select("tbody th a").eachText());
		assertThat(page("/people?page=-3", analyst()).select("tbody tr")).hasSize(PAGE_SIZE);
	}

	@Test
	void theStartPageLeadsToBoth() throws Exception {
		Document start = page("/", analyst());
		assertThat(start.select(".browse-links a").eachAttr("href")).contains("/parties", "/people");
		assertThat(page("/", editor()).select(".edit-links a").eachAttr("href")).contains("/parties/new",
				"/people/new");
	}

	private Document page(String address, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(address).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static long pages(long total) {
		return (total + PAGE_SIZE - 1) / PAGE_SIZE;
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static RequestPostProcessor analyst() {
		return user("party-list-analyst").roles("ANALYST");
	}

	private static RequestPostProcessor editor() {
		return user("party-list-editor").roles("EDITOR");
	}

}
