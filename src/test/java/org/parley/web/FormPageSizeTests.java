package org.parley.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.test.GeneratedRecordTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every editor and admin page on the generated record stays bounded, and so does a form
 * whose record holds as many rows as the form can: its pickers offer the first choices
 * once, not once per row (a proposal with 200 reports was 8 MB of options).
 */
@GeneratedRecordTest
@WithMockUser(username = "admin", roles = "ADMIN")
class FormPageSizeTests {

	/** No form grows past this, however large the record. */
	static final int MAX_PAGE_BYTES = 600_000;

	/** A form of 200 rows offers at most this many choices in all. */
	static final int MAX_OPTIONS = 2_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyEditorAndAdminPageIsBounded() throws Exception {
		String proposal = busiest("proposal_citation", "proposal_id");
		String round = busiest("round_proposal", "round_id");
		String source = busiest("citation", "source_id");
		for (String page : List.of("/log", "/proposals/new", "/proposals/" + proposal + "/edit", "/rounds/new",
				"/rounds/" + round + "/edit", "/positions/new?proposal=" + proposal,
				"/positions/" + busiest("position_citation", "position_id") + "/edit",
				"/citations/new?proposal=" + proposal, "/citations/" + value("select min(id) from citation") + "/edit",
				"/negotiations/new", "/negotiations/" + value("select min(id) from negotiation") + "/edit",
				"/parties/new", "/parties/" + busiest("position", "party_id") + "/edit", "/people/new",
				"/people/" + busiest("position", "speaker_id") + "/edit", "/admin/sources", "/admin/sources/new",
				"/admin/sources/" + source + "/edit", "/admin/sources/" + source + "/merge", "/admin/audit",
				"/admin/users", "/admin/webhooks", "/topics/new",
				"/topics/" + value("select min(id) from topic") + "/edit",
				"/topics/" + value("select min(id) from topic") + "/merge", "/regions/new",
				"/regions/" + value("select min(id) from region") + "/edit",
				"/regions/" + value("select min(id) from region") + "/merge", "/proposals/" + proposal + "/history",
				"/rounds/" + round + "/history")) {
			MvcResult result = this.mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).as(page).hasSizeLessThan(MAX_PAGE_BYTES);
		}
	}

	@Test
	@Transactional
	void aProposalHoldingAsManyReportsAsItsFormShowsOpensBounded() throws Exception {
		long proposal = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		this.jdbc.update("delete from proposal_citation where proposal_id = ?", proposal);
		this.jdbc.update("insert into proposal_citation (proposal_id, citation_id) "
				+ "select ?, id from citation order by id limit 200", proposal);
		String page = this.mvc.perform(get("/proposals/{id}/edit", proposal))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.getBytes()).hasSizeLessThan(MAX_PAGE_BYTES);
		assertThat(Jsoup.parse(page).select("li.citation-row")).hasSizeGreaterThanOrEqualTo(200);
		assertThat(Jsoup.parse(page).select("option")).hasSizeLessThan(MAX_OPTIONS);
	}

	@Test
	@Transactional
	void aRoundHoldingAsManyProposalsAsItsFormShowsOpensBounded() throws Exception {
		long round = Long.parseLong(busiest("round_proposal", "round_id"));
		this.jdbc.update("insert into round_proposal (round_id, proposal_id) select ?, p.id from proposal p "
				+ "join round r on r.negotiation_id = p.negotiation_id and r.id = ? "
				+ "where not exists (select 1 from round_proposal rp where rp.round_id = r.id and rp.proposal_id = p.id) "
				+ "order by p.id limit 100 - (select count(*) from round_proposal where round_id = ?)", round, round,
				round);
		String page = this.mvc.perform(get("/rounds/{id}/edit", round))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.getBytes()).hasSizeLessThan(MAX_PAGE_BYTES);
		assertThat(Jsoup.parse(page).select("option")).hasSizeLessThan(MAX_OPTIONS);
	}

	private String busiest(String table, String column) {
		return value("select " + column + " from " + table + " where " + column + " is not null group by " + column
				+ " order by count(*) desc limit 1");
	}

	private String value(String sql) {
		return String.valueOf(this.jdbc.queryForObject(sql, Object.class));
	}

}
