package org.parley.read.topics;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

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

/**
 * A region's page: where it lies and what lies within it, its proposals with where every
 * party stands now, and the positions on them, in a bounded number of statements; the
 * proposal page links to it.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class RegionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsWhereTheRegionLiesItsProposalsTheirStancesAndThePositions() throws Exception {
		long donbas = id("select id from region where slug = 'donbas'");
		long donetsk = id("select id from region where slug = 'donetsk-oblast'");
		long joint = id("select id from proposal where slug = 'joint-civilian-administration'");
		String html = html("/regions/" + donetsk);
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("Donetsk Oblast");
		assertThat(page.select("dl.facts").text()).contains("Lies within Donbas").contains("Country UA");
		assertThat(page.select("dl.facts a").attr("href")).isEqualTo("/regions/" + donbas);
		assertThat(page.select("#proposals-heading").text()).isEqualTo("Proposals on this region (4)");
		assertThat(page.select("table a[href=/proposals/" + joint + "]").text())
			.startsWith("Joint Russian–Ukrainian civilian administration");
		assertThat(page.select("li.position")).isNotEmpty();
		assertThat(page.select("a[href=/proposals?region=donetsk-oblast]")).isEmpty();
		assertThat(page.select(".page-kind a").attr("href")).isEqualTo("/regions");

		Document outer = Jsoup.parse(html("/regions/" + donbas));
		assertThat(outer.select("dl.facts").text()).contains("Regions within it Donetsk Oblast");
		// The list's filter takes in the regions within it.
		assertThat(outer.select("a[href=/proposals?region=donbas]").text())
			.isEqualTo("Every proposal on it and on the regions within it, in the proposal list");
	}

	@Test
	void theProposalPageLinksItsRegions() throws Exception {
		long donetsk = id("select id from region where slug = 'donetsk-oblast'");
		long joint = id("select id from proposal where slug = 'joint-civilian-administration'");
		this.mvc.perform(get("/proposals/{id}", joint))
			.andExpect(content().string(containsString("href=\"/regions/" + donetsk + "\">Donetsk Oblast</a>")));
	}

	@Test
	void anUnknownRegionIsNotFoundAndAMalformedIdABadRequest() throws Exception {
		this.mvc.perform(get("/regions/{id}", 987654321L)).andExpect(status().isNotFound());
		this.mvc.perform(get("/regions/donbas")).andExpect(status().isBadRequest());
	}

	@Test
	@Transactional
	void aLargeRegionRunsAtMostFiveStatements() throws Exception {
		long donetsk = id("select id from region where slug = 'donetsk-oblast'");
		this.jdbc.update("""
				insert into proposal (negotiation_id, slug, title, summary, status)
				select n.id, 'corridor-plan-' || g, 'Corridor plan ' || g, 'A corridor.', 'FLOATED'
				from negotiation n, generate_series(1, 60) g where n.slug = 'russia-ukraine'
				""");
		this.jdbc.update("insert into proposal_region (proposal_id, region_id) "
				+ "select id, ? from proposal where slug like 'corridor-plan-%'", donetsk);
		this.jdbc.update("insert into region (slug, name, parent_id) "
				+ "select 'district-' || g, 'District ' || g, ? from generate_series(1, 120) g", donetsk);
		SqlStatements.reset();
		Document page = Jsoup.parse(html("/regions/" + donetsk + "?size=100"));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(5);
		assertThat(page.select("#proposals-heading").text()).isEqualTo("Proposals on this region (64)");
		assertThat(page.select("table tbody tr")).hasSize(50);
		assertThat(page.select("dl.facts dd a[href^=/regions/]")).hasSize(1 + RegionPageReader.WITHIN_SHOWN);
		assertThat(page.select("dl.facts").text()).contains("the first 100 of 120, by name");
	}

	private String html(String address) throws Exception {
		return this.mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
