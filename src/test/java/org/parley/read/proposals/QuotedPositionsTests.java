package org.parley.read.proposals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each quote of the Geneva record stands on the proposal it was said about and is cited
 * only to excerpts that contain it: Merezhko's "We cannot leave these fortified
 * districts" answers the joint civilian administration discussed at Geneva, not the
 * withdrawal proposal it used to be filed under.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class QuotedPositionsTests {

	private static final String FORTIFIED = "We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFortifiedDistrictsQuoteStandsUnderUkrainesStanceOnTheJointAdministration() throws Exception {
		String html = page("/proposals/" + proposal("joint-civilian-administration"));
		String ukraine = Html.text(Html.section(html, "stance-party-" + party("ukraine"), "id=\"stance-party-",
				"id=\"preconditions-heading\""));
		assertThat(ukraine).contains(FORTIFIED).contains("Oleksandr Merezhko");
		assertThat(Html.text(page("/proposals/" + proposal("ukrainian-withdrawal-from-donbas"))))
			.doesNotContain("We cannot leave these fortified districts");
	}

	@Test
	void thePositionsJsonHasTheQuoteOnTheJointAdministrationOnlyWithEveryCitationContainingIt() throws Exception {
		List<JsonNode> joint = positions(proposal("joint-civilian-administration"));
		List<JsonNode> quoted = joint.stream()
			.filter((position) -> position.path("quote").asString("").equals(FORTIFIED))
			.toList();
		assertThat(quoted).singleElement().satisfies((position) -> {
			assertThat(position.get("speaker").asString()).isEqualTo("Oleksandr Merezhko");
			assertThat(position.get("stance").asString()).isEqualTo("REJECTS");
			assertThat(position.get("citation_ids")).hasSize(2);
			for (JsonNode id : position.get("citation_ids")) {
				assertThat(this.jdbc.queryForObject("select excerpt from citation where id = ?", String.class,
						id.asLong()))
					.contains(FORTIFIED);
			}
		});
		assertThat(positions(proposal("ukrainian-withdrawal-from-donbas")))
			.noneSatisfy((position) -> assertThat(position.path("quote").asString("")).contains("fortified districts"));
	}

	@Test
	void everyQuotedPositionIsCitedOnlyToExcerptsContainingItsQuote() {
		// The article ends a quote before "he said" with a comma where the record ends it
		// with a full stop: the quote is looked for without its final full stop.
		List<String> unsaid = this.jdbc.queryForList("""
				select po.id || ': ' || po.quote || ' / ' || coalesce(c.excerpt, '(no excerpt)')
				from position po
				join position_citation pc on pc.position_id = po.id and pc.bearing = 'SUPPORTS'
				join citation c on c.id = pc.citation_id
				where po.quote is not null
				  and (c.excerpt is null or strpos(c.excerpt, rtrim(po.quote, '.')) = 0)
				""", String.class);
		assertThat(unsaid).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select po.quote from position po
				where po.quote is not null
				  and not exists (select 1 from position_citation pc
				                  where pc.position_id = po.id and pc.bearing = 'SUPPORTS')
				""", String.class)).isEmpty();
	}

	private List<JsonNode> positions(long proposal) throws Exception {
		JsonNode page = JSON.readTree(page("/api/v1/positions?proposal=" + proposal + "&size=100"));
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(items::add);
		return items;
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
	}

	private long party(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug);
	}

}
