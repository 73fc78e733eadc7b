package org.parley.log;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Right after a quick log, the editor can undo it: everything that one save created goes
 * in one transaction, audited; refused, with nothing removed, while something recorded
 * since depends on it. Real commits, as an editor's are.
 */
@ParleyApplicationTest
@WithMockUser(username = "undo-editor", roles = "EDITOR")
class QuickLogUndoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLogIsUndoneWholeRightAfter() throws Exception {
		Map<String, Long> before = recordCounts();
		Cookie[] session = new Cookie[1];
		String round = log(session, "Undo talks, 4–5 March 2026");
		String page = this.mvc.perform(get(round).cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Undo this log").contains("action=\"/log/undo\"");
		// Still offered on the round's page after looking elsewhere, and only there.
		this.mvc.perform(get("/proposals").cookie(session));
		assertThat(this.mvc.perform(get(round).cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Undo this log");
		assertThat(this.mvc.perform(get("/rounds").cookie(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Undo this log");
		assertThat(recordCounts()).isNotEqualTo(before);

		MvcResult undone = this.mvc.perform(post("/log/undo").cookie(session).with(csrf())).andReturn();
		assertThat(undone.getResponse().getRedirectedUrl()).isEqualTo("/log");
		assertThat(undone.getFlashMap().get("flash")).isEqualTo("log.notice.undone");
		assertThat(recordCounts()).isEqualTo(before);
		// The form comes back holding what was entered, to correct and save again.
		String again = this.mvc.perform(get("/log").cookie(session).flashAttrs(undone.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("value=\"Undo talks, 4&ndash;5 March 2026\"")
			.contains("value=\"https://report.az/en/abu-dhabi-talks\"")
			.contains("Only with international monitors")
			.contains("The form below holds what you had entered");
		// The changes still name what the undone log had recorded, and link nowhere
		// empty.
		String changes = this.mvc.perform(get("/changes").param("editor", "undo-editor").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(changes).contains("a proposal since deleted")
			.doesNotContain("href=\"/proposals/\"")
			.doesNotContain("‘Position #");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'DELETE' and entity_type = 'Round' and entity_id = ? "
						+ "and actor = ?",
				Long.class, round.substring("/rounds/".length()), "undo-editor"))
			.isOne();
		// Once undone, there is nothing left to undo.
		assertThat(this.mvc.perform(post("/log/undo").cookie(session).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("flashError")).isEqualTo("log.undo.expired");
	}

	@Test
	void aLogSomethingNowDependsOnIsNotUndoneAtAll() throws Exception {
		Map<String, Long> before = recordCounts();
		Cookie[] session = new Cookie[1];
		String round = log(session, "Undo refused talks, 4–5 March 2026");
		long citation = this.jdbc.queryForObject("select max(id) from citation", Long.class);
		long other = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		// Another editor cites the log's report for a proposal of their own meanwhile.
		this.jdbc.update("insert into proposal_citation (proposal_id, citation_id) values (?, ?)", other, citation);
		Map<String, Long> logged = recordCounts();

		MvcResult refused = this.mvc.perform(post("/log/undo").cookie(session).with(csrf())).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(round);
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("log.undo.refused.Citation");
		assertThat(recordCounts()).isEqualTo(logged);

		this.jdbc.update("delete from proposal_citation where proposal_id = ? and citation_id = ?", other, citation);
		this.mvc.perform(post("/log/undo").cookie(session).with(csrf()));
		assertThat(recordCounts()).isEqualTo(before);
	}

	/**
	 * Logs a round; {@code session} then holds the session's cookie (Spring Session's,
	 * not the servlet's).
	 */
	private String log(Cookie[] session, String title) throws Exception {
		MockHttpServletResponse saved = this.mvc.perform(QuickLogPage.post(QuickLogPage.valid(this.jdbc, title)))
			.andReturn()
			.getResponse();
		assertThat(saved.getRedirectedUrl()).startsWith("/rounds/");
		session[0] = saved.getCookie("SESSION");
		assertThat(session[0]).isNotNull();
		return saved.getRedirectedUrl();
	}

	/** Every table a log writes to but the audit trail, which keeps the undone log. */
	private Map<String, Long> recordCounts() {
		Map<String, Long> counts = QuickLogPage.counts(this.jdbc);
		counts.remove("audit_event");
		return counts;
	}

}
