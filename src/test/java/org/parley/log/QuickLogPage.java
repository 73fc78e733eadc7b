package org.parley.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A filled-in quick log for the Geneva record, as the form sends it, and how to read a
 * field's error on the page that comes back.
 */
final class QuickLogPage {

	/** The tables a quick log writes to. */
	static final List<String> TABLES = List.of("source", "citation", "round", "round_party", "round_citation",
			"proposal", "proposal_proposer", "proposal_citation", "round_proposal", "round_proposal_citation",
			"position", "position_citation", "round_delegate", "round_delegate_post", "proposal_topic", "person",
			"audit_event");

	private QuickLogPage() {
	}

	/**
	 * A valid log: an existing source, a round, two new proposals and three positions.
	 * @param jdbc to find the Geneva record's ids
	 * @param title the round's title
	 * @return the parameters by name, in form order
	 */
	static Map<String, String> valid(JdbcTemplate jdbc, String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("report.sourceId", id(jdbc, "source", "report"));
		form.put("report.newSourceName", "");
		form.put("report.url", "https://report.az/en/abu-dhabi-talks");
		form.put("report.headline", "Abu Dhabi talks end with a ceasefire plan on the table");
		form.put("report.publishedOn", "2026-03-06");
		form.put("report.excerpt", "The delegations discussed a ceasefire line and an exchange of prisoners.");
		form.put("report.credibility", "2");
		form.put("report.anonymousDescription", "");
		form.put("round.negotiationId", id(jdbc, "negotiation", "russia-ukraine"));
		form.put("round.title", title);
		form.put("round.place", "Abu Dhabi");
		form.put("round.startsOn", "2026-03-04");
		form.put("round.endsOn", "2026-03-05");
		form.put("round.format", "TRILATERAL");
		form.put("round.outcome", "PARTIAL_AGREEMENT");
		form.put("round.mediatorId", id(jdbc, "party", "united-states"));
		form.put("round.partyIds", id(jdbc, "party", "ukraine"));
		form.put("round.summary", "Agreement on an exchange; the ceasefire line stays open.");
		form.put("proposals[0].proposalId", "");
		form.put("proposals[0].title", "Ceasefire along the contact line");
		form.put("proposals[0].summary", "A ceasefire monitored from the air.");
		form.put("proposals[0].status", "UNDER_DISCUSSION");
		form.put("proposals[0].introducedById", id(jdbc, "party", "united-states"));
		form.put("proposals[1].proposalId", "");
		form.put("proposals[1].title", "All-for-all prisoner exchange");
		form.put("proposals[1].summary", "");
		form.put("proposals[1].status", "TABLED");
		form.put("proposals[1].introducedById", id(jdbc, "party", "ukraine"));
		form.put("positions[0].partyId", id(jdbc, "party", "ukraine"));
		form.put("positions[0].proposal", "row-0");
		form.put("positions[0].stance", "CONDITIONAL");
		form.put("positions[0].condition", "Only with international monitors");
		form.put("positions[0].speakerId", id(jdbc, "person", "oleksandr-merezhko"));
		form.put("positions[0].quote", "Without monitors, a ceasefire is a pause to rearm.");
		form.put("positions[0].statedOn", "");
		form.put("positions[1].partyId", id(jdbc, "party", "russia"));
		form.put("positions[1].proposal", "row-0");
		form.put("positions[1].stance", "OPPOSES");
		form.put("positions[1].condition", "");
		form.put("positions[1].speakerId", "");
		form.put("positions[1].quote", "");
		form.put("positions[1].statedOn", "2026-03-05");
		form.put("positions[2].partyId", id(jdbc, "party", "russia"));
		form.put("positions[2].proposal", "row-1");
		form.put("positions[2].stance", "SUPPORTS");
		form.put("positions[2].condition", "");
		form.put("positions[2].speakerId", id(jdbc, "person", "yuri-ushakov"));
		form.put("positions[2].quote", "An exchange of all for all is what we proposed first.");
		form.put("positions[2].statedOn", "");
		return form;
	}

	static String id(JdbcTemplate jdbc, String table, String slug) {
		return String.valueOf(jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug));
	}

	static MockHttpServletRequestBuilder post(Map<String, String> form, String... extra) {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/log")
			.with(csrf());
		form.forEach(request::param);
		for (int i = 0; i < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return request;
	}

	static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	/**
	 * The error shown next to a field: the first field error after the control whose id
	 * the field's path gives, provided it comes before the next field.
	 * @param html the page
	 * @param field the path, e.g. {@code positions[2].proposal}
	 * @return the message, or {@code null} when none is shown next to it
	 */
	static String errorNextTo(String html, String field) {
		String id = field.replace("[", "").replace("]", "");
		Matcher control = Pattern.compile("<(input|select|textarea)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
			.matcher(html);
		if (!control.find() || !control.group().contains("aria-invalid=\"true\"")) {
			return null;
		}
		int next = html.indexOf("<div class=\"field", control.end());
		Matcher error = Pattern.compile("<p class=\"field-error\"[^>]*>([^<]*)</p>").matcher(html);
		if (!error.find(control.end()) || (next >= 0 && error.start() > next)) {
			return null;
		}
		return error.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").strip();
	}

	/** The messages of the error summary at the top of the form. */
	static List<String> summary(String html) {
		List<String> messages = new ArrayList<>();
		int start = html.indexOf("error-summary");
		if (start < 0) {
			return messages;
		}
		int end = html.indexOf("</ul>", start);
		Matcher item = Pattern.compile("<li><a href=\"#[^\"]*\">([^<]*)</a></li>").matcher(html.substring(start, end));
		while (item.find()) {
			messages.add(item.group(1).replace("&#39;", "'").replace("&amp;", "&").strip());
		}
		return messages;
	}

}
