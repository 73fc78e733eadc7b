package org.parley.topic.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors add regions, within another or on their own; admins edit them and merge a
 * duplicate into the region to keep, its proposals and the regions within it with it.
 */
@ParleyApplicationTest
@Transactional
class RegionEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	long donbas;

	long donetsk;

	@BeforeEach
	void theGenevaRegions() {
		this.donbas = id("select id from region where slug = 'donbas'");
		this.donetsk = id("select id from region where slug = 'donetsk-oblast'");
	}

	@Test
	void anEditorAddsARegionWithinAnother() throws Exception {
		Document form = Jsoup.parse(page("/regions/new", editor()));
		assertThat(form.select("select[name=parentId] option").eachText()).contains("— none: a region of its own —",
				"Donbas", "Donetsk Oblast (Donbas)");
		MockHttpServletResponse saved = send(post("/regions").with(editor()), "name", " Luhansk Oblast ", "countryCode",
				"ua", "parentId", "" + this.donbas);
		assertThat(saved.getStatus()).isEqualTo(302);
		Map<String, Object> luhansk = this.jdbc
			.queryForMap("select id, name, country_code, parent_id from region where slug = 'luhansk-oblast'");
		assertThat(luhansk).containsEntry("name", "Luhansk Oblast")
			.containsEntry("country_code", "UA")
			.containsEntry("parent_id", this.donbas);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/regions/" + luhansk.get("id"));
		assertThat(page("/regions/" + luhansk.get("id"), editor())).contains("<h1>Luhansk Oblast</h1>")
			.contains("href=\"/regions/" + this.donbas + "\"");
		// Its history names the region it lies within, and the changes page lists it.
		assertThat(Jsoup.parse(page("/regions/" + luhansk.get("id"), editor()))
			.select("a[href=/regions/" + luhansk.get("id") + "/history]")
			.text()).isEqualTo("History");
		Document history = Jsoup.parse(page("/regions/" + luhansk.get("id") + "/history", editor()));
		assertThat(history.select("h1").text()).contains("Luhansk Oblast");
		assertThat(history.select("#main").text()).contains("Within").contains("Donbas");
		Document changes = Jsoup.parse(page("/changes", editor()));
		assertThat(changes.select("a[href=/regions/" + luhansk.get("id") + "]").text()).contains("Luhansk Oblast");
		// The proposal form's region picker names a region with the one it lies within.
		String donbas = this.jdbc.queryForObject("select name from region where id = ?", String.class, this.donbas);
		String option = "<option value=\"" + luhansk.get("id") + "\">Luhansk Oblast (" + donbas + ")</option>";
		assertThat(page("/proposals/new", editor())).contains(option);
	}

	@Test
	void aTakenNameABlankOneOrAnUnknownCountryIsRefusedOnTheForm() throws Exception {
		long before = id("select count(*) from region");
		MockHttpServletResponse taken = send(post("/regions").with(editor()), "name", "DONBAS");
		assertThat(taken.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(taken.getContentAsString()).select(".field-error a").attr("href"))
			.isEqualTo("/regions/" + this.donbas);
		assertThat(send(post("/regions").with(editor()), "name", " ").getContentAsString())
			.contains("Enter the region’s name.");
		assertThat(send(post("/regions").with(editor()), "name", "Kherson", "countryCode", "XX").getContentAsString())
			.contains("two-letter ISO 3166-1 code");
		assertThat(send(post("/regions").with(editor()), "name", "x".repeat(30_000)).getContentAsString())
			.contains("Keep the name to 200 characters or fewer.");
		assertThat(id("select count(*) from region")).isEqualTo(before);
	}

	@Test
	void aRegionCannotBePlacedWithinOneLyingWithinIt() throws Exception {
		Map<String, String> form = opened(this.donbas);
		form.put("parentId", "" + this.donetsk);
		MockHttpServletResponse refused = save(this.donbas, form);
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("A region cannot lie within itself");
		assertThat(this.jdbc.queryForObject("select parent_id from region where id = ?", Long.class, this.donbas))
			.isNull();
	}

	@Test
	void anAdminRenamesARegionAndAStaleFormIsMerged() throws Exception {
		Map<String, String> ann = opened(this.donetsk);
		Map<String, String> bob = opened(this.donetsk);
		bob.put("name", "Donetsk region");
		assertThat(save(this.donetsk, bob).getStatus()).isEqualTo(302);
		ann.put("parentId", "");
		MockHttpServletResponse merged = save(this.donetsk, ann);
		assertThat(merged.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(merged.getContentAsString());
		assertThat(page.select("section.merge").text()).contains("Their value: only they changed it")
			.contains("Your value: only you changed it");
		assertThat(save(this.donetsk, form(page, this.donetsk)).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("select slug, name, parent_id from region where id = ?", this.donetsk))
			.containsEntry("slug", "donetsk-oblast")
			.containsEntry("name", "Donetsk region")
			.containsEntry("parent_id", null);
	}

	@Test
	void mergingARegionMovesItsProposalsAndTheRegionsWithinIt() throws Exception {
		long luhansk = id("insert into region (slug, name, country_code, parent_id) "
				+ "values ('luhansk-oblast', 'Luhansk Oblast', 'UA', " + this.donbas + ") returning id");
		long joint = id("select id from proposal where slug = 'joint-civilian-administration'");
		long withdrawal = id("select id from proposal where slug = 'ukrainian-withdrawal-from-donbas'");
		this.jdbc.update("delete from proposal_region where proposal_id = ? and region_id = ?", withdrawal,
				this.donetsk);

		MockHttpServletResponse asked = merge(this.donbas, this.donetsk, false);
		assertThat(Jsoup.parse(asked.getContentAsString()).select("ul.references").text())
			.contains("1 proposal moves to the one kept")
			.contains("1 proposal is on both already")
			.contains("1 region within it comes to lie within the one kept: Luhansk Oblast");

		// Donetsk Oblast, kept, lay within the Donbas: it takes the Donbas's place.
		MockHttpServletResponse merged = merge(this.donbas, this.donetsk, true);
		assertThat(merged.getStatus()).isEqualTo(302);
		assertThat(merged.getRedirectedUrl()).isEqualTo("/regions/" + this.donetsk);
		assertThat(id("select count(*) from region where id = " + this.donbas)).isZero();
		assertThat(this.jdbc.queryForObject("select parent_id from region where id = ?", Long.class, this.donetsk))
			.isNull();
		assertThat(this.jdbc.queryForObject("select parent_id from region where id = ?", Long.class, luhansk))
			.isEqualTo(this.donetsk);
		assertThat(regionsOf(joint)).containsExactly(this.donetsk);
		assertThat(regionsOf(withdrawal)).containsExactly(this.donetsk);
		assertThat(this.jdbc.queryForList("select action || ' ' || entity_type || ' ' || entity_id from audit_event "
				+ "where actor = 'region-admin' order by id", String.class))
			.contains("UPDATE Proposal " + joint, "UPDATE Proposal " + withdrawal, "UPDATE Region " + luhansk,
					"DELETE Region " + this.donbas, "MERGE Region " + this.donetsk);
		assertThat(page("/regions/" + this.donetsk, admin())).contains("Luhansk Oblast");
	}

	@Test
	void aRegionIsNotMergedIntoItself() throws Exception {
		MockHttpServletResponse refused = merge(this.donbas, this.donbas, true);
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("A region cannot be merged into itself");
		assertThat(id("select count(*) from region where id = " + this.donbas)).isOne();
	}

	private MockHttpServletResponse merge(long merged, long keep, boolean confirmed) throws Exception {
		return perform(post("/regions/{id}/merge", merged).with(admin())
			.with(csrf())
			.param("keep", "" + keep)
			.param("version", "" + id("select version from region where id = " + merged))
			.param("confirmed", "" + confirmed));
	}

	private Map<String, String> opened(long region) throws Exception {
		return form(Jsoup.parse(page("/regions/" + region + "/edit", admin())), region);
	}

	private MockHttpServletResponse save(long region, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/regions/{id}", region).with(admin()).with(csrf());
		fields.forEach(request::param);
		return perform(request);
	}

	/** What the page's edit form sends, as a browser would. */
	private static Map<String, String> form(Document page, long region) {
		FormElement form = (FormElement) page.selectFirst("form[action=/regions/" + region + "]");
		Map<String, String> fields = new LinkedHashMap<>();
		form.formData().forEach((field) -> fields.put(field.key(), field.value()));
		fields.remove("_csrf");
		return fields;
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String... fields) throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return perform(request.with(csrf()));
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		this.entityManager.flush();
		this.entityManager.clear();
		return response;
	}

	private String page(String address, RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = perform(get(address).with(who));
		assertThat(response.getStatus()).as(address).isEqualTo(200);
		return response.getContentAsString();
	}

	private List<Long> regionsOf(long proposal) {
		return this.jdbc.queryForList("select region_id from proposal_region where proposal_id = ? order by region_id",
				Long.class, proposal);
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static RequestPostProcessor editor() {
		return user("region-editor").roles("EDITOR");
	}

	private static RequestPostProcessor admin() {
		return user("region-admin").roles("ADMIN");
	}

}
