package org.parley.read.topics;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class TopicPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TopicPageReader reader;

	@Test
	void showsTheProposalsOnTheIssueWithEveryPartysCurrentStance() throws Exception {
		long topic = id("select id from topic where slug = 'status-of-donbas'");
		long joint = id("select id from proposal where slug = 'joint-civilian-administration'");
		this.mvc.perform(get("/topics/{id}", topic))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Status of the Donbas</h1>"),
					containsString("href=\"/proposals/" + joint + "\""),
					containsString("Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone"),
					containsString("under discussion"), containsString("tabled"),
					containsString("Proposals on this issue"))))
			// the joint administration: Ukraine rejects, the United States supports
			.andExpect(content().string(stringContainsInOrder(
					"Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone", "Ukraine", "⊘",
					"rejects", "United States", "✓", "supports")))
			// the DMZ: Russia's condition
			.andExpect(content().string(stringContainsInOrder("Demilitarized zone in the Donbas", "Russia", "◐",
					"conditional", "if Russian police or National Guard (Rosgvardiya) units")));
	}

	@Test
	void showsWhatIsSaidAboutTheTopicWithWhoSaysItAndTheGradedReport() throws Exception {
		long topic = id("select id from topic where slug = 'status-of-donbas'");
		this.mvc.perform(get("/topics/{id}", topic))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("What is said about this topic",
					"The status of the Donbas remains the most contentious issue between Kyiv and Moscow.",
					"the reporting outlet’s own assessment", "21 Feb 2026", "1 supporting, 0 disputing", "C2", "Report",
					"The status of the Donbas remains the most contentious issue", "via", "The Kyiv Independent",
					"Proposals on this issue")));
	}

	@Test
	void listsThePositionsOnThoseProposalsLatestFirst() throws Exception {
		long topic = id("select id from topic where slug = 'status-of-donbas'");
		this.mvc.perform(get("/topics/{id}", topic))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Positions, latest first"),
					containsString("That&#39;s the core of the problem. For us, this is unacceptable."),
					containsString("Oleksandr Merezhko"),
					containsString(
							"by <time datetime=\"2026-02-21\" title=\"Said on this day or earlier; only the latest possible day is known\">21 Feb 2026</time>"))))
			// 21 February before 18 February
			.andExpect(content().string(stringContainsInOrder("Positions, latest first", "21 Feb 2026",
					"<time datetime=\"2026-02-18\" title=\"Said on this day or earlier; only the latest possible day is known\">18 Feb 2026</time>")));
	}

	@Test
	void anUnknownTopicIsNotFoundAndAMalformedIdABadRequest() throws Exception {
		this.mvc.perform(get("/topics/{id}", 987654321L)).andExpect(status().isNotFound());
		this.mvc.perform(get("/topics/donbas"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number.")));
	}

	@Test
	void oddPagingIsClamped() throws Exception {
		long topic = id("select id from topic where slug = 'status-of-donbas'");
		this.mvc.perform(get("/topics/{id}", topic).param("size", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"next\"")));
	}

	@Test
	void olderPositionsFollowByKeyUntilTheFirst() throws Exception {
		long topic = id("select id from topic where slug = 'status-of-donbas'");
		long positions = id(
				"select count(*) from position po join proposal_topic pt on pt.proposal_id = po.proposal_id "
						+ "where pt.topic_id = " + topic);
		List<String> seen = new ArrayList<>();
		String address = "/topics/" + topic + "?size=1";
		while (address != null) {
			String html = this.mvc.perform(get(address))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
			seen.addAll(page.select("li.position a[href*=#position-]").eachAttr("href"));
			org.jsoup.nodes.Element older = page.selectFirst("a[rel=next]");
			address = (older != null) ? older.attr("href") + "&size=1" : null;
			assertThat(seen.size()).isLessThanOrEqualTo((int) positions);
		}
		assertThat(seen).hasSize((int) positions).doesNotHaveDuplicates();
	}

	@Test
	void largeAndSmallTopicsAreReadTheTwoWaysWithTheSameAnswers() {
		long topic = id("select id from topic where slug = 'status-of-donbas'");
		long large = TopicPageReader.SMALL_TOPIC + 1;
		assertThat(this.reader.proposals(topic, large, 50)).isNotEmpty().isEqualTo(this.reader.proposals(topic, 1, 50));
		List<TopicPosition> all = this.reader.positions(topic, 1, 100, null);
		assertThat(all).hasSizeGreaterThan(2).isEqualTo(this.reader.positions(topic, large, 100, null));
		long cursor = all.get(1).id();
		assertThat(this.reader.positions(topic, large, 100, cursor)).isEqualTo(all.subList(2, all.size()))
			.isEqualTo(this.reader.positions(topic, 1, 100, cursor));
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
