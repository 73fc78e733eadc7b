package org.parley.read.dashboard;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;
import org.parley.read.rounds.BulkRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(roles = "ANALYST")
	void showsTheNegotiationWithTheGenevaRoundAndItsProposals() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Russia–Ukraine peace talks")))
			.andExpect(content().string(containsString("Geneva talks, 17–18 February 2026")))
			.andExpect(content().string(containsString("stalemate")))
			.andExpect(content().string(containsString("Joint Russian–Ukrainian civilian administration")))
			.andExpect(content().string(containsString("US–Russian 28-point peace plan")))
			.andExpect(content().string(containsString("under discussion")));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void linksTheNegotiationsTheLatestRoundsAndTheLatestStances() throws Exception {
		long geneva = id("select id from round where slug = 'geneva-2026-02-17'");
		long administration = id("select id from proposal where slug = 'joint-civilian-administration'");
		long ukraine = id("select id from party where slug = 'ukraine'");
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<a href=\"/negotiations/russia-ukraine\">Russia–Ukraine peace talks</a>")))
			.andExpect(content()
				.string(stringContainsInOrder("Latest rounds", "<time datetime=\"2026-02-17\">17 Feb 2026</time>",
						"<a href=\"/rounds/" + geneva + "\">Geneva talks, 17–18 February 2026</a>", "Geneva",
						"stalemate", "Russia–Ukraine peace talks", "Latest stances")))
			.andExpect(content().string(stringContainsInOrder("Latest stances",
					"<a href=\"/parties/" + ukraine + "\">Ukraine</a>",
					"<span aria-hidden=\"true\">⊘</span> <span>rejects</span>", "—",
					"<a href=\"/proposals/" + administration
							+ "\">Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone</a>",
					"by <time datetime=\"2026-02-21\" title=\"Said on this day or earlier; only the latest possible day is known\">21 Feb 2026</time>")))
			.andExpect(content()
				.string(stringContainsInOrder("Russia", "◐", "conditional", "Demilitarized zone in the Donbas")))
			.andExpect(content().string(containsString("href=\"/proposals/" + administration + "\"")));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void countsWhatTheRecordHolds() throws Exception {
		String[][] counts = { { "Negotiations", "negotiation", "/negotiations" }, { "Rounds", "round", "/rounds" },
				{ "Proposals", "proposal", "/proposals" }, { "Positions", "position", null },
				{ "Parties", "party", "/parties" }, { "People", "person", "/people" }, { "Topics", "topic", "/topics" },
				{ "Regions", "region", "/regions" }, { "Sources", "source", "/sources" },
				{ "Citations", "citation", null } };
		for (String[] count : counts) {
			long expected = id("select count(*) from " + count[1]);
			// A count leads to the index of what it counts, where there is one.
			String shown = (count[2] != null) ? "<a href=\"" + count[2] + "\">" + expected + "</a>" : "" + expected;
			this.mvc.perform(get("/"))
				.andExpect(content().string(containsString("<dt>" + count[0] + "</dt><dd>" + shown + "</dd>")));
		}
	}

	@Test
	@Transactional
	@WithMockUser(roles = "ANALYST")
	void runsABoundedNumberOfStatementsOnALargeRecord() throws Exception {
		BulkRecord.insert(this.jdbc);
		SqlStatements.reset();
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulk round 40")))
			.andExpect(content().string(containsString("Bulk proposal")))
			.andExpect(content().string(containsString("<dt>Rounds</dt><dd><a href=\"/rounds\">41</a></dd>")));
		long statements = SqlStatements.count();
		System.out.printf("statements: / %d%n", statements);
		assertThat(statements).isLessThanOrEqualTo(8);
	}

	@Test
	@WithMockUser(roles = "NOBODY")
	void onlyAnalystsAndAboveSeeTheDashboard() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isForbidden());
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void asksStrangersToSignInFirst() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anUnknownAddressIsA404PageInTheLayout() throws Exception {
		this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		// MockMvc has no servlet container to forward to the error page, so render it as
		// the container would.
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(containsString("Skip to content")));
	}

}
