package org.parley.read.sources;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class SourcePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsTheOutletItsReliabilityAndWhatItReportedWithTheViaChain() throws Exception {
		long report = sourceId("report");
		this.mvc.perform(get("/sources/{id}", report))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Report</h1>"), containsString("media"),
					containsString("href=\"https://report.az/en/\""), containsString("Azerbaijan"),
					containsString("English"), containsString("active"), containsString(">C</abbr>"),
					containsString("fairly reliable"), containsString("Grade is the Parley demo's editorial judgement"),
					containsString(">C2</abbr>"), containsString(">C3</abbr>"), containsString("What it reported"),
					containsString("(16)"))))
			// Report via The Kyiv Independent via The New York Times
			.andExpect(content().string(stringContainsInOrder("The concept was first reported by the New York Times",
					"via", "The Kyiv Independent", "via", "The New York Times")))
			.andExpect(content().string(containsString("a person familiar with the discussions")));
	}

	@Test
	void eachReportLinksTheClaimsItBearsOn() throws Exception {
		long report = sourceId("report");
		long round = id("select id from round where slug = 'geneva-2026-02-17'");
		long dmz = id("select id from proposal where slug = 'donbas-demilitarized-zone'");
		long russianCondition = id("select po.id from position po join party pa on pa.id = po.party_id "
				+ "where pa.slug = 'russia' and po.stance = 'CONDITIONAL'");
		this.mvc.perform(get("/sources/{id}", report))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Supports"), containsString("the round"),
					containsString("href=\"/rounds/" + round + "\""), containsString("the proposal"),
					containsString("href=\"/proposals/" + dmz + "\""),
					containsString("href=\"/proposals/" + dmz + "#position-" + russianCondition + "\""),
					containsString("Russia’s position on"), containsString("◐"), containsString("the introduction of"),
					containsString("by United States"))));
	}

	@Test
	void reportsAreListedNewestFirstAndPagedInTheDatabase() throws Exception {
		long kyivIndependent = sourceId("kyiv-independent");
		this.mvc.perform(get("/sources/{id}", kyivIndependent).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 3")))
			.andExpect(content().string(containsString("rel=\"next\"")));
		// odd paging is clamped
		this.mvc.perform(get("/sources/{id}", kyivIndependent).param("page", "-4").param("size", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("rel=\"next\""))));
		this.mvc.perform(get("/sources/{id}", kyivIndependent).param("page", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are no reports on this page")));
	}

	@Test
	void anUnknownSourceIsNotFound() throws Exception {
		this.mvc.perform(get("/sources/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void aSourceIdThatIsNotANumberIsABadRequest() throws Exception {
		this.mvc.perform(get("/sources/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number.")));
		this.mvc.perform(get("/sources/{id}", sourceId("report")).param("page", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘page’ must be a whole number.")));
	}

	private long sourceId(String slug) {
		return id("select id from source where slug = '" + slug + "'");
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
