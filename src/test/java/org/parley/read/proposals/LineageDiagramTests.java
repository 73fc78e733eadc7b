package org.parley.read.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.read.proposals.Lineage.Edge;
import org.parley.read.proposals.Lineage.End;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lineage drawn on the proposal and negotiation pages, beside the list. */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class LineageDiagramTests {

	private static final Pattern BOX = Pattern.compile("<a href=\"/proposals/(\\d+)\" class=\"lineage-diagram__link\"");

	private static final Pattern EDGE = Pattern
		.compile("<path class=\"lineage-diagram__edge lineage-diagram__edge--([a-z-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theJointAdministrationsLineageIsDrawnBoxByBoxAndLineByLine() throws Exception {
		long joint = proposal("joint-civilian-administration");
		String html = page("/proposals/" + joint);
		String figure = figure(html, 0);
		assertThat(all(BOX, figure)).containsExactly("" + joint, "" + proposal("donbas-demilitarized-zone"),
				"" + proposal("28-point-peace-plan"), "" + proposal("freeze-current-front-line"),
				"" + proposal("ukrainian-withdrawal-from-donbas"));
		assertThat(all(EDGE, figure)).containsExactly("evolved-from", "part-of", "alternative-to", "alternative-to");
		assertThat(figure).contains("aria-current=\"page\"")
			.contains(">Evolved from</text>")
			.contains(">Part of</text>")
			.contains("stroke-dasharray=\"5 4\"")
			.contains("aria-labelledby=\"lineage-diagram-caption\"")
			.doesNotContain("style=");
		// The list stays, as the text alternative.
		assertThat(html.indexOf("class=\"lineage__tree\"")).isGreaterThan(html.indexOf("class=\"lineage-diagram\""));
		// Without relations nothing is drawn.
		this.jdbc.update("insert into proposal (negotiation_id, slug, title, status) "
				+ "select id, 'lonely-chart-test', 'Lonely', 'FLOATED' from negotiation where slug = 'russia-ukraine'");
		try {
			assertThat(page("/proposals/" + proposal("lonely-chart-test"))).doesNotContain("lineage-diagram");
		}
		finally {
			this.jdbc.update("delete from proposal where slug = 'lonely-chart-test'");
		}
	}

	@Test
	void theNegotiationPageDrawsItsFamilies() throws Exception {
		String html = page("/negotiations/russia-ukraine");
		String section = html.substring(html.indexOf("id=\"negotiation-lineage\""),
				html.indexOf("id=\"negotiation-matrix\""));
		assertThat(Html.text(section)).contains("and its relations (5 proposals)")
			.contains("The same as a list")
			.contains("Evolved into Joint Russian–Ukrainian civilian administration");
		String figure = figure(section, 0);
		assertThat(all(BOX, figure)).hasSize(5);
		assertThat(all(EDGE, figure)).hasSize(4);
		assertThat(figure).doesNotContain("aria-current");
	}

	@Test
	void aLargeTreeIsDrawnUpToThirtyBoxesAndTheRestCounted() {
		End umbrella = new End(1, "Umbrella", ProposalStatus.TABLED);
		List<Edge> edges = new ArrayList<>();
		for (int part = 2; part <= 46; part++) {
			edges.add(new Edge(new End(part, "Part " + part, ProposalStatus.FLOATED), RelationKind.PART_OF, umbrella,
					null));
		}
		LineageDiagram diagram = LineageDiagram.of(Lineage.tree(umbrella, edges));
		assertThat(diagram.nodes()).hasSize(LineageDiagram.MAX_NODES);
		assertThat(diagram.edges()).hasSize(LineageDiagram.MAX_NODES - 1);
		assertThat(diagram.leftOut()).isEqualTo(46 - LineageDiagram.MAX_NODES);
		assertThat(diagram.height()).isLessThan(LineageDiagram.MAX_NODES * LineageDiagram.ROW + 10);
	}

	private static List<String> all(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String figure(String html, int from) {
		int start = html.indexOf("<figure class=\"lineage-diagram\">", from);
		assertThat(start).as("a lineage diagram").isNotNegative();
		return html.substring(start, html.indexOf("</figure>", start));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
	}

}
