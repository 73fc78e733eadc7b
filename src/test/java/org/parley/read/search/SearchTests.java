package org.parley.read.search;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rosgvardiyaFindsTheRussianConditionMarkedAndLinkedToItsProposal() throws Exception {
		long proposal = id("select id from proposal where slug = 'donbas-demilitarized-zone'");
		long position = id("select po.id from position po join party pa on pa.id = po.party_id "
				+ "where pa.slug = 'russia' and po.stance = 'CONDITIONAL'");
		this.mvc.perform(get("/search").param("q", "Rosgvardiya"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<mark>Rosgvardiya</mark>"),
					containsString("href=\"/proposals/" + proposal + "#position-" + position + "\""),
					containsString("<bdi>Russia</bdi> on"), containsString("Demilitarized zone in the Donbas"),
					containsString("conditional"), containsString("◐"), containsString("by <time"),
					containsString("Yuri Ushakov"))));
	}

	@Test
	void unacceptableFindsMerezhkosQuote() throws Exception {
		this.mvc.perform(get("/search").param("q", "unacceptable"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("For us, this is <mark>unacceptable</mark>."),
					containsString("Oleksandr Merezhko"), containsString("rejects"))));
	}

	@Test
	void englishWordsAreFoundInAllTheirForms() throws Exception {
		this.mvc.perform(get("/search").param("q", "withdraw"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<mark>withdrawal</mark>"),
					containsString("<mark>withdrawing</mark>"), containsString("<mark>withdraw</mark>"))));
	}

	@Test
	void cyrillicNamesAreFoundByTheExactWord() throws Exception {
		long merezhko = id("select id from person where slug = 'oleksandr-merezhko'");
		this.mvc.perform(get("/search").param("q", "Мережко"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Олександр <mark>Мережко</mark>"),
					containsString("href=\"/people/" + merezhko + "\""), containsString("Oleksandr Merezhko"))));
	}

	@Test
	void resultsAreGroupedByKindWithACountEach() throws Exception {
		this.mvc.perform(get("/search").param("q", "withdraw"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Rounds", "Proposals", "Positions", "People", "Reports",
					"id=\"results-proposals\"", "id=\"results-positions\"", "id=\"results-reports\"")))
			.andExpect(content().string(containsString("href=\"/search?q=withdraw&amp;kind=positions\"")))
			.andExpect(content().string(not(containsString("id=\"results-people\""))));
	}

	@Test
	void oneGroupCanBePagedThrough() throws Exception {
		this.mvc.perform(get("/search").param("q", "withdraw").param("kind", "positions").param("page", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results-positions\"")))
			.andExpect(content().string(not(containsString("id=\"results-reports\""))))
			.andExpect(content().string(containsString("All results for")));
	}

	@Test
	@Transactional
	void whatUsersTypedIsEscapedAndOnlyTheMarksAreMarkup() throws Exception {
		this.jdbc.update("update position set note = '<script>alert(1)</script> Rosgvardiya & \uE000 co' "
				+ "where stance = 'CONDITIONAL'");
		this.mvc.perform(get("/search").param("q", "Rosgvardiya"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Rosgvardiya</mark>"),
					not(containsString("<script>alert")), not(containsString("\uE000")))));
	}

	@Test
	@Transactional
	void theDatabaseKeepsTheSearchIndexUpToDate() throws Exception {
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stance, condition)
				select pr.id, pa.id, date '2026-03-02', 'CONDITIONAL', 'if the Zaporizhzhia plant is handed to the IAEA'
				from proposal pr, party pa
				where pr.slug = 'freeze-current-front-line' and pa.slug = 'russia'
				""");
		this.mvc.perform(get("/search").param("q", "Zaporizhzhia"))
			.andExpect(content().string(containsString("<mark>Zaporizhzhia</mark> plant")));

		this.jdbc.update("update position set condition = 'if the Kakhovka reservoir is restored' "
				+ "where condition like '%Zaporizhzhia%'");
		this.mvc.perform(get("/search").param("q", "Zaporizhzhia"))
			.andExpect(content().string(not(containsString("<mark>Zaporizhzhia</mark>"))));
		this.mvc.perform(get("/search").param("q", "reservoirs"))
			.andExpect(content().string(containsString("<mark>reservoir</mark>")));
	}

	@Test
	@Transactional
	void aWordMatchingMoreThanASearchRanksSaysSoAndShowsTheBestRanked() throws Exception {
		this.jdbc.update(
				"""
						insert into position (proposal_id, party_id, stated_on, stance, note)
						select pr.id, pa.id, case when g = 7 then date '2026-03-01' else date '2026-01-01' + (g % 40) end, 'OPEN',
						       case when g = 7 then 'Kherson Kherson Kherson ferry' else 'Kherson ferry ' || g end
						from proposal pr, party pa, generate_series(1, ?) g
						where pr.slug = 'freeze-current-front-line' and pa.slug = 'russia'
						""",
				SearchReader.CANDIDATES + 50);
		String page = this.mvc.perform(get("/search").param("q", "Kherson").param("kind", "positions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String candidates = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
			.format(SearchReader.CANDIDATES);
		assertThat(page).contains(candidates + "+ results in <bdi>Positions</bdi>")
			.contains("ranks only its first " + candidates + " matches");
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("li.search-hit").text()).contains("Kherson Kherson Kherson");
		this.mvc.perform(get("/search").param("q", "Kherson"))
			.andExpect(
					content().string(containsString("<span class=\"count\">" + SearchReader.CANDIDATES + "+</span>")));
	}

	@Test
	void aBlankQueryShowsThePromptAndRunsNoSearch() throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get("/search").param("q", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type a word or two")));
		// Only the negotiations the filter offers.
		assertThat(SqlStatements.count()).isOne();
		this.mvc.perform(get("/search")).andExpect(status().isOk());
	}

	@Test
	void aQueryLongerThan200CharactersIsRefusedReadably() throws Exception {
		this.mvc.perform(get("/search").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 200 characters")));
		this.mvc.perform(get("/search").param("q", "a".repeat(200))).andExpect(status().isOk());
	}

	@Test
	void anUnknownKindIsRefusedWithTheAllowedOnes() throws Exception {
		this.mvc.perform(get("/search").param("q", "withdraw").param("kind", "votes"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("rounds, proposals, positions, people, reports")));
	}

	@Test
	void punctuationAloneFindsNothingWithoutError() throws Exception {
		this.mvc.perform(get("/search").param("q", "!!! & | -"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No results")));
	}

	@Test
	void oneQueryPerSearchPlannedForItsOwnWords() throws Exception {
		// The negotiations the filter offers, the plan mode for this search's
		// transaction,
		// the aliases of the words typed, then the one query.
		SqlStatements.reset();
		this.mvc.perform(get("/search").param("q", "Donbas")).andExpect(status().isOk());
		assertThat(SqlStatements.count()).isEqualTo(4);
	}

	@Test
	void aNameSpeltALittleDifferentlyIsFoundBySimilarity() throws Exception {
		long merezhko = id("select id from person where slug = 'oleksandr-merezhko'");
		this.mvc.perform(get("/search").param("q", "Merezko"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/people/" + merezhko + "\""),
					containsString("Oleksandr Merezhko"), not(containsString("Did you mean")))));
	}

	@Test
	void theBritishSpellingFindsTheAmericanThroughTheAliases() throws Exception {
		long proposal = id("select id from proposal where slug = 'donbas-demilitarized-zone'");
		this.mvc.perform(get("/search").param("q", "demilitarised"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<mark>Demilitarized</mark> zone in the Donbas"),
					containsString("href=\"/proposals/" + proposal + "\""))));
	}

	@Test
	void anAbbreviationFindsThePhraseItStandsFor() throws Exception {
		long proposal = id("select id from proposal where slug = 'donbas-demilitarized-zone'");
		this.mvc.perform(get("/search").param("q", "DMZ"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<mark>Demilitarized</mark> <mark>zone</mark> in the Donbas"),
							containsString("href=\"/proposals/" + proposal + "\""))));
	}

	@Test
	@Transactional
	void thePhraseFindsItsAbbreviation() throws Exception {
		this.jdbc.update("update proposal set summary = 'The DMZ as the Americans drew it.' "
				+ "where slug = 'freeze-current-front-line'");
		this.mvc.perform(get("/search").param("q", "demilitarized zone").param("kind", "proposals"))
			.andExpect(content().string(containsString("The <mark>DMZ</mark> as the Americans drew it")));
	}

	@Test
	void theRussianDerivedSpellingFindsTheUkrainian() throws Exception {
		long proposal = id("select id from proposal where slug = 'ukrainian-withdrawal-from-donbas'");
		this.mvc.perform(get("/search").param("q", "Donbass"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ukrainian withdrawal from the <mark>Donbas</mark>"),
					containsString("href=\"/proposals/" + proposal + "\""))));
	}

	@Test
	void anotherTransliterationAndTheRussianNameFindTheNationalGuard() throws Exception {
		long position = id("select po.id from position po join party pa on pa.id = po.party_id "
				+ "where pa.slug = 'russia' and po.stance = 'CONDITIONAL'");
		for (String typed : new String[] { "Rosgvardia", "Росгвардия" }) {
			this.mvc.perform(get("/search").param("q", typed))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("#position-" + position + "\""),
						containsString("<mark>Rosgvardiya</mark>"))));
		}
	}

	@Test
	@Transactional
	void russianWordsAreFoundInTheirOtherForms() throws Exception {
		this.jdbc.update("update position set note = 'Ушаков говорил о Росгвардии.' where stance = 'CONDITIONAL'");
		this.mvc.perform(get("/search").param("q", "Росгвардия").param("kind", "positions"))
			.andExpect(content().string(containsString("<mark>Росгвардии</mark>")));
	}

	@Test
	void nothingMatchingSuggestsTheNearestNameAsASearch() throws Exception {
		this.mvc.perform(get("/search").param("q", "Donetsk Oblst"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No results"), containsString("Did you mean"),
					containsString("href=\"/search?q=Donetsk%20Oblast\"><bdi>Donetsk Oblast</bdi></a>?"))));
		this.mvc.perform(get("/api/v1/search").param("q", "Donetsk Oblst"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion").value("Donetsk Oblast"));
	}

	@Test
	void aSnippetKeepsTheTextsFirstWordHoweverShort() throws Exception {
		this.mvc.perform(get("/search").param("q", "analogies").param("kind", "positions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					">I understand that the Americans think in terms of historical <mark>analogies</mark>")));
	}

	@Test
	void aReportLinksToItsOwnPlaceOnTheSourcePage() throws Exception {
		long citation = id("select c.id from citation c where c.excerpt like '%(Rosgvardiya)%'");
		long source = id("select source_id from citation where id = " + citation);
		this.mvc.perform(get("/search").param("q", "Rosgvardiya").param("kind", "reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/sources/" + source + "#citation-" + citation + "\"")));
		this.mvc.perform(get("/sources/" + source))
			.andExpect(content().string(containsString("id=\"citation-" + citation + "\"")));
	}

	@Test
	void resultsCanBeNarrowedByKindNegotiationAndDay() throws Exception {
		String slug = this.jdbc.queryForObject("select slug from negotiation order by id limit 1", String.class);
		this.mvc.perform(get("/search").param("q", "withdraw").param("negotiation", slug))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results-positions\""),
					containsString("<option value=\"" + slug + "\" selected=\"selected\""),
					containsString("kind=positions&amp;negotiation=" + slug))));
		// The positions were stated on 21 February 2026: none from March on, and people
		// have no day.
		this.mvc.perform(get("/search").param("q", "withdraw").param("from", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(not(containsString("id=\"results-positions\"")), containsString("value=\"2026-03-01\""))));
		this.mvc.perform(get("/search").param("q", "Merezhko").param("to", "2026-02-28"))
			.andExpect(content().string(
					allOf(containsString("id=\"results-positions\""), not(containsString("id=\"results-people\"")))));
		this.mvc
			.perform(get("/api/v1/search").param("q", "withdraw")
				.param("kind", "positions")
				.param("from", "2026-02-21")
				.param("to", "2026-02-21")
				.param("negotiation", slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[0].total").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	@Test
	void badFiltersAreRefusedReadably() throws Exception {
		this.mvc.perform(get("/search").param("q", "withdraw").param("negotiation", "no-such-talks"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No negotiation ‘no-such-talks’")));
		this.mvc.perform(get("/search").param("q", "withdraw").param("from", "2026-03-02").param("to", "2026-03-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must not be after")));
		this.mvc.perform(get("/api/v1/search").param("q", "withdraw").param("from", "yesterday"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/search").param("q", "withdraw").param("negotiation", "no-such-talks"))
			.andExpect(status().isBadRequest());
	}

	private long id(String sql) {
		Long id = this.jdbc.queryForObject(sql, Long.class);
		assertThat(id).isNotNull();
		return id;
	}

}
