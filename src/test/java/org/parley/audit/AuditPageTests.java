package org.parley.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@Transactional
@WithMockUser(username = "page-admin", roles = "ADMIN")
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditController controller;

	@BeforeEach
	void someEntries() {
		this.trail.record(AuditAction.UPDATE, "Widget", 41, Map.of("name", Change.of("Old name", "New name")), null,
				new Actor("page-alice", "10.0.0.1"));
		this.trail.record(AuditAction.DELETE, "Widget", 42, Map.of("secret", Change.withheld()), null,
				new Actor("page-bob", "10.0.0.2"));
		this.trail.record(AuditAction.SIGN_IN_FAILED, "Account", null, Map.of(), "evil\r\nFAKE ENTRY <b>bold</b>",
				new Actor("page-alice", "10.0.0.3"));
		// An old entry, to filter by date.
		this.jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id) "
				+ "values (timestamptz '2020-01-15 12:00:00+00', 'page-alice', 'CREATE', 'Widget', '40')");
	}

	@Test
	void showsEachEntryWithWhenWhoWhereWhatAndTheChanges() throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get("/admin/audit").param("user", "page-alice"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UTC")))
			.andExpect(content().string(containsString("10.0.0.1")))
			.andExpect(content().string(containsString("name: Old name → New name")))
			.andExpect(content().string(containsString("Widget")))
			.andExpect(content().string(containsString("#41")))
			.andExpect(content().string(containsString("2020-01-15 12:00:00 UTC")))
			.andExpect(content().string(not(containsString("page-bob"))));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
	}

	@Test
	void maskedChangesShowOnlyThatTheFieldChanged() throws Exception {
		this.mvc.perform(get("/admin/audit").param("user", "PAGE-BOB"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("secret: (changed)")));
	}

	@Test
	void injectedLineBreaksAndMarkupAreShownEscaped() throws Exception {
		this.mvc.perform(get("/admin/audit").param("action", "SIGN_IN_FAILED").param("user", "page-alice"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("evil\\r\\nFAKE ENTRY &lt;b&gt;bold&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("evil\r\n"))));
	}

	@Test
	void filtersByActionEntityAndDate() throws Exception {
		this.mvc.perform(get("/admin/audit").param("action", "DELETE").param("entityType", "Widget"))
			.andExpect(content().string(containsString("page-bob")))
			.andExpect(content().string(not(containsString("page-alice"))));
		this.mvc.perform(get("/admin/audit").param("entityType", "Widget").param("entityId", "41"))
			.andExpect(content().string(containsString("Old name")))
			.andExpect(content().string(not(containsString("page-bob"))));
		this.mvc.perform(
				get("/admin/audit").param("user", "page-alice").param("from", "2020-01-15").param("to", "2020-01-15"))
			.andExpect(content().string(containsString("2020-01-15 12:00:00 UTC")))
			.andExpect(content().string(not(containsString("Old name"))));
		this.mvc.perform(get("/admin/audit").param("user", "page-alice").param("from", "2021-01-01"))
			.andExpect(content().string(not(containsString("2020-01-15 12:00:00 UTC"))))
			.andExpect(content().string(containsString("Old name")));
		this.mvc.perform(get("/admin/audit").param("user", "nobody-at-all"))
			.andExpect(content().string(containsString("No entries match these filters.")));
	}

	@Test
	void malformedFiltersAreA400ThatSaysWhatIsWrong() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘from’ must be a date written as YYYY-MM-DD")));
		this.mvc.perform(get("/admin/audit").param("to", "2026-13-45")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/audit").param("from", "2026-02-18").param("to", "2026-02-17"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must not be after")));
		this.mvc.perform(get("/admin/audit").param("action", "EXPLODE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘action’ must be one of CREATE")));
		this.mvc.perform(get("/admin/audit").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/audit").param("page", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void onlyAdminsReadTheTrail() throws Exception {
		this.mvc.perform(get("/admin/audit").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user("an").roles("ANALYST"))).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void theHandlerItselfRefusesNonAdminsBesidesTheAddressRule() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.controller.list(null, null, null, null, null, null, 0, new ExtendedModelMap()));
	}

}
