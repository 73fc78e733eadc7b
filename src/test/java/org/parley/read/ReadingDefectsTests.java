package org.parley.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What analysts found amiss on the read pages of the Geneva record: doubled editor links,
 * a first report counted as no link, histories named by number, records without a History
 * link, start-page counts leading nowhere.
 */
@ParleyApplicationTest
class ReadingDefectsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachPartysCardOffersOneNewStatementAndTheReportsOneWayToCite() throws Exception {
		Document page = page("/proposals/" + proposal(), user("defects-editor").roles("EDITOR"));
		assertThat(page.select(".party-stance")).isNotEmpty()
			.allSatisfy((card) -> assertThat(card.select("a:contains(Record a new statement)")).hasSize(1));
		assertThat(page.select("a:contains(Cite a report for the proposal)")).hasSize(1);
		assertThat(page.select("a:contains(Add a citation)")).isEmpty();
	}

	@Test
	void aReportAProposalWasFirstReportedInIsLinkedToIt() throws Exception {
		long proposal = proposal();
		long source = this.jdbc.queryForObject(
				"select c.source_id from proposal p "
						+ "join citation c on c.id = p.first_reported_citation_id where p.id = ?",
				Long.class, proposal);
		Document page = page("/sources/" + source, analyst());
		assertThat(page.select(".claims li:contains(as its first report) a[href=/proposals/" + proposal + "]"))
			.isNotEmpty();
	}

	@Test
	void aHistoryWithoutVersionsIsTitledByTheRecordsName() throws Exception {
		Document page = page("/proposals/" + proposal() + "/history", analyst());
		String title = this.jdbc.queryForObject("select title from proposal where id = ?", String.class, proposal());
		assertThat(page.select("h1").text()).contains(title).doesNotContain("#");
		assertThat(page.title()).contains(title);
	}

	@Test
	void partiesPeopleTopicsAndNegotiationsLinkToTheirHistory() throws Exception {
		long party = id("select id from party where slug = 'ukraine'");
		long person = id("select min(id) from person");
		long topic = id("select min(id) from topic");
		long negotiation = id("select id from negotiation where slug = 'russia-ukraine'");
		assertThat(historyLink("/parties/" + party)).isEqualTo("/parties/" + party + "/history");
		assertThat(historyLink("/people/" + person)).isEqualTo("/people/" + person + "/history");
		assertThat(historyLink("/topics/" + topic)).isEqualTo("/topics/" + topic + "/history");
		assertThat(historyLink("/negotiations/russia-ukraine")).isEqualTo("/negotiations/" + negotiation + "/history");
		this.mvc.perform(get("/negotiations/" + negotiation + "/history").with(analyst())).andExpect(status().isOk());
	}

	@Test
	void theStartPagesCountsLeadToTheIndexPages() throws Exception {
		Document start = page("/", analyst());
		assertThat(start.select(".dashboard-counts a").eachAttr("href")).containsExactly("/negotiations", "/rounds",
				"/proposals", "/parties", "/people", "/topics", "/regions", "/sources");
		assertThat(start.select(".dashboard-counts div:has(a[href=/parties]) a").text())
			.isEqualTo(Long.toString(id("select count(*) from party")));
	}

	private String historyLink(String address) throws Exception {
		return page(address, analyst()).select(".history-link a").attr("href");
	}

	private long proposal() {
		return id("select id from proposal where slug = 'joint-civilian-administration'");
	}

	private long id(String sql) {
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
		return user("defects-analyst").roles("ANALYST");
	}

}
