package org.parley.read.topics;

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
 * {@code /topics} and {@code /regions}: every one by name, linked to its page, a page at
 * a time, reached from the start page; editors find there how to add one.
 */
@ParleyApplicationTest
class ListPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTopicsAreListedByNameEachLinkedWithItsProposals() throws Exception {
		long territory = id("select id from topic where slug = 'territory'");
		Document page = page("/topics", analyst());
		assertThat(page.select("h1").text()).isEqualTo("Topics");
		assertThat(page.select("tbody th a").eachText()).containsExactly("Ceasefire", "Governance",
				"Security arrangements", "Status of the Donbas", "Territory");
		assertThat(page.select("tbody tr:last-child").text())
			.isEqualTo("Territory Who controls which territory, and where the line between the forces runs. 4");
		assertThat(page.select("tbody a[href=/topics/" + territory + "]")).hasSize(1);
		assertThat(page.select("a[href=/topics/new]")).isEmpty();
		assertThat(page("/topics", editor()).select("a[href=/topics/new]").text()).isEqualTo("New topic");
	}

	@Test
	void theRegionsAreListedWithTheRegionEachLiesWithin() throws Exception {
		long donbas = id("select id from region where slug = 'donbas'");
		Document page = page("/regions", analyst());
		assertThat(page.select("tbody tr").eachText()).containsExactly("Donbas UA 2", "Donetsk Oblast Donbas UA 4");
		assertThat(page.select("tbody td a").attr("href")).isEqualTo("/regions/" + donbas);
		assertThat(page("/regions", editor()).select("a[href=/regions/new]").text()).isEqualTo("New region");
	}

	@Test
	@Transactional
	void manyArePagedInTwoStatements() throws Exception {
		this.jdbc.update("insert into topic (slug, name) select 'issue-' || g, 'Issue ' || lpad(g::text, 3, '0') "
				+ "from generate_series(1, 60) g");
		SqlStatements.reset();
		Document first = page("/topics", analyst());
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(2);
		assertThat(first.select("tbody tr")).hasSize(ListController.PAGE_SIZE);
		assertThat(first.select(".pagination").text()).contains("Page 1 of 2");
		Document second = page(first.select("a[rel=next]").attr("href"), analyst());
		assertThat(second.select("tbody tr")).hasSize(65 - ListController.PAGE_SIZE);
		assertThat(second.select("tbody th a").eachText()).last().isEqualTo("Territory");
		assertThat(page("/topics?page=-3", analyst()).select("tbody tr")).hasSize(ListController.PAGE_SIZE);
		assertThat(page("/topics?page=99", analyst()).select("tbody tr")).isEmpty();
	}

	@Test
	void theStartPageLeadsToBoth() throws Exception {
		Document start = page("/", analyst());
		assertThat(start.select(".browse-links a").eachAttr("href")).containsExactly("/negotiations", "/topics",
				"/regions", "/parties", "/people", "/sources");
		assertThat(page("/", editor()).select(".edit-links a").eachAttr("href")).contains("/topics/new",
				"/regions/new");
	}

	private Document page(String address, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(address).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static RequestPostProcessor analyst() {
		return user("list-analyst").roles("ANALYST");
	}

	private static RequestPostProcessor editor() {
		return user("list-editor").roles("EDITOR");
	}

}
