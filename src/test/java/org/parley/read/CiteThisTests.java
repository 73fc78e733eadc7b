package org.parley.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every record's page offers "Cite this": its permalink, without the page's paging, and a
 * reference ready to paste with the record's name and the day it was retrieved.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class CiteThisTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRecordPageOffersItsPermalinkAndAReference() throws Exception {
		String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
		Map<String, String> pages = Map.of("/proposals/" + id("proposal", "joint-civilian-administration"),
				"Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone",
				"/parties/" + id("party", "russia"), "Russia", "/negotiations/russia-ukraine",
				title("select title from negotiation where slug = 'russia-ukraine'"),
				"/rounds/" + this.jdbc.queryForObject("select min(id) from round", Long.class),
				title("select title from round order by id limit 1"),
				"/sources/" + this.jdbc.queryForObject("select min(id) from source", Long.class),
				title("select name from source order by id limit 1"),
				"/people/" + this.jdbc.queryForObject("select min(id) from person", Long.class),
				title("select full_name from person order by id limit 1"));
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String html = this.mvc.perform(get(page.getKey() + "?page=0"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Element cite = Jsoup.parse(html).selectFirst("aside.cite");
			assertThat(cite).as(page.getKey()).isNotNull();
			String permalink = "http://localhost" + page.getKey();
			assertThat(cite.selectFirst("a").attr("href")).isEqualTo(permalink);
			assertThat(cite.selectFirst(".cite__reference").text())
				.isEqualTo("Parley, ‘" + page.getValue() + "’, retrieved " + today + ", " + permalink);
		}
	}

	private long id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

	private String title(String sql) {
		return this.jdbc.queryForObject(sql, String.class);
	}

}
