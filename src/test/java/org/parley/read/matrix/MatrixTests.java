package org.parley.read.matrix;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class MatrixTests {

	private static final String JOINT_ADMINISTRATION = "Joint Russian–Ukrainian civilian administration";

	private static final String DMZ = "Demilitarized zone in the Donbas";

	@Autowired
	MockMvc mvc;

	@Test
	void beforeTheJointAdministrationWasReportedItsStancesAreNotShown() throws Exception {
		String html = page("/matrix?negotiation=russia-ukraine&asOf=2026-02-16");
		assertThat(html).contains("as of 16 Feb 2026")
			.contains("Proposals first reported after 16 Feb 2026 are not listed")
			.doesNotContain(JOINT_ADMINISTRATION)
			.doesNotContain("stance-rejects")
			.doesNotContain("stance-supports")
			.doesNotContain("Rosgvardiya");
		// The DMZ is listed, but nobody had stated a position on it yet.
		assertThat(cells(row(html, DMZ))).hasSize(3).allSatisfy((cell) -> assertThat(cell).contains("no position"));
	}

	@Test
	void asOfThe21stUkraineRejectsTheJointAdministrationAndRussiaAcceptsTheZoneOnACondition() throws Exception {
		String html = page("/matrix?negotiation=russia-ukraine&asOf=2026-02-21");
		assertThat(html)
			.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"matrix-caption\">")
			.contains(
					"<caption id=\"matrix-caption\">Where the parties to the Russia–Ukraine peace talks stood on each proposal as of 21 Feb 2026</caption>")
			.contains("<th scope=\"col\">")
			.contains("<th scope=\"row\">")
			.contains("(mediator)");
		// Columns: the parties (Russia, Ukraine), then the mediator (United States).
		List<String> joint = cells(row(html, JOINT_ADMINISTRATION));
		assertThat(joint.get(0)).contains("no position");
		assertThat(joint.get(1)).contains("stance-rejects")
			.contains(">⊘</span> <span>rejects</span>")
			.contains("by <time datetime=\"2026-02-21\" title=\"Said on this day or earlier")
			.containsPattern("href=\"/proposals/\\d+#position-\\d+\"");
		assertThat(joint.get(2)).contains(">✓</span> <span>supports</span>");
		List<String> dmz = cells(row(html, DMZ));
		assertThat(dmz.get(0)).contains(">◐</span> <span>conditional</span>").contains("Rosgvardiya");
		assertThat(dmz.get(1)).contains(">✗</span> <span>opposes</span>");
		assertThat(dmz.get(2)).contains("no position");
		assertThat(html).doesNotContain("changed:");
	}

	@Test
	void comparingWithThe16thMarksWhatChanged() throws Exception {
		String html = page("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-16");
		assertThat(html).contains("Changes from 16 Feb 2026 to 21 Feb 2026")
			.contains("stances differ between these dates")
			.contains("new: first reported 18 Feb 2026");
		List<String> joint = cells(row(html, JOINT_ADMINISTRATION));
		assertThat(joint.get(1)).contains("matrix__cell changed")
			.containsPattern("<strong>changed:</strong>\\s*<span>no position</span>\\s*→\\s*<span>⊘ rejects</span>");
		assertThat(joint.get(0)).doesNotContain("changed");
		String changes = html.substring(html.indexOf("matrix-changes-heading"), html.indexOf("</section>"));
		assertThat(changes).contains(">Ukraine</a>").contains(JOINT_ADMINISTRATION).contains("stance-rejects");
		assertThat(changes).contains(">Russia</a>").contains(DMZ).contains("stance-conditional");
		// Nothing changed between the 21st and itself.
		assertThat(page("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-21"))
			.contains("No stance differs between these dates.")
			.doesNotContain("matrix__cell changed");
	}

	@Test
	void withoutANegotiationTheFirstIsShownWithAChooserAndTodayAsTheDate() throws Exception {
		String html = page("/matrix");
		assertThat(html)
			.contains("<option value=\"russia-ukraine\" selected=\"selected\">Russia–Ukraine peace talks</option>")
			.contains("name=\"asOf\" value=\"" + LocalDate.now() + "\"")
			.contains(JOINT_ADMINISTRATION)
			.contains("stance-rejects");
		// An empty compare field, as the form sends it, means no comparison.
		assertThat(page("/matrix?negotiation=russia-ukraine&asOf=&compare=")).doesNotContain("Changes from");
	}

	@Test
	void theNegotiationPageShowsPartiesRoundsProposalsByStatusAndTheMatrix() throws Exception {
		String html = page("/negotiations/russia-ukraine");
		assertThat(html).contains("<h1>Russia–Ukraine peace talks</h1>")
			.contains("mediated by the United States")
			.containsPattern("href=\"/parties/\\d+\">United States</a>\\s*<span class=\"role\">\\(mediator\\)</span>")
			.containsPattern("href=\"/parties/\\d+\">Ukraine</a>\\s*<span class=\"role\">\\(party\\)</span>")
			.containsPattern("href=\"/rounds/\\d+\">Geneva talks, 17–18 February 2026</a>")
			.contains("<time datetime=\"2026-02-17\">17 Feb 2026</time>")
			.contains("<dd>Geneva</dd>")
			.contains("<dd>stalemate</dd>")
			.contains("<dd>trilateral</dd>")
			.contains("under discussion (1)")
			.contains("tabled (3)")
			.contains("floated (1)")
			.containsPattern("href=\"/proposals/\\d+\">US–Russian 28-point peace plan</a>")
			.contains("Where the parties to the Russia–Ukraine peace talks stood on each proposal as of")
			.contains("Rosgvardiya");
		assertThat(cells(row(html, JOINT_ADMINISTRATION)).get(1)).contains("stance-rejects");
	}

	@Test
	void unknownNegotiationsAreNotFound() throws Exception {
		this.mvc.perform(get("/negotiations/no-such-talks")).andExpect(status().isNotFound());
		this.mvc.perform(get("/matrix?negotiation=no-such-talks")).andExpect(status().isNotFound());
	}

	@Test
	void aMalformedDateIsABadRequestThatSaysWhatADateLooksLike() throws Exception {
		this.mvc.perform(get("/matrix?asOf=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘asOf’ must be a date written as YYYY-MM-DD")));
		this.mvc.perform(get("/matrix?negotiation=russia-ukraine&compare=2026-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘compare’ must be a date")));
		this.mvc.perform(get("/matrix?page=first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘page’ must be a whole number")));
	}

	@Test
	void oddPagingIsClamped() throws Exception {
		this.mvc.perform(get("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&page=-3&size=5000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DMZ)));
		this.mvc.perform(get("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&page=999"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<tbody>"))))
			.andExpect(content().string(containsString("This page lies past the end of the list.")));
	}

	@Test
	@WithMockUser(roles = "NOBODY")
	void onlyAnalystsAndAboveMayRead() throws Exception {
		this.mvc.perform(get("/matrix")).andExpect(status().isForbidden());
		this.mvc.perform(get("/negotiations/russia-ukraine")).andExpect(status().isForbidden());
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The table row of the proposal with this title. */
	static String row(String html, String title) {
		int at = html.indexOf(">" + title, html.indexOf("<tbody>"));
		assertThat(at).as("row of %s", title).isPositive();
		int start = html.lastIndexOf("<tr", at);
		return html.substring(start, html.indexOf("</tr>", at));
	}

	/** The data cells of a row, in column order. */
	static List<String> cells(String row) {
		String[] parts = row.split("<td");
		return Arrays.asList(parts).subList(1, parts.length);
	}

}
