package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.parley.test.ConnectionDetails;
import org.parley.test.SharedPostgres;
import org.parley.test.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Generated hostile text (control characters, bidirectional controls, every script,
 * markup, SQL, numbers and dates out of range, very long text) sent into every field of
 * every form, as rendered for a real record, and into every parameter of every page, as a
 * fuzzer would. Every answer is below 500; a refused form leaves the record exactly as it
 * was; a saved one shows again exactly the text it was sent. The requests are not
 * transactional, as a client's are not, so they run on a database of their own.
 */
@SpringBootTest(properties = "parley.demo-data=true")
@AutoConfigureMockMvc
@Import({ HostileInputTests.OwnDatabase.class, TestClockConfiguration.class })
class HostileInputTests {

	static final String DATABASE = "hostile_input";

	/** Tables a refused form may still write to: who tried what, and when. */
	static final List<String> TRAIL = List.of("audit_event", "spring_session", "spring_session_attributes",
			"sign_in_attempt", "flyway_schema_history");

	/** Fields a form normalises on purpose, so a save shows them changed. */
	static final List<String> NORMALISED = List.of("slug", "language", "code", "url", "homepage");

	private static String snapshotSql;

	private static final TestContextManager SPRING = new TestContextManager(HostileInputTests.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeProperty
	void inject() throws Exception {
		SPRING.prepareTestInstance(this);
	}

	@Property(tries = 300, seed = "20261202")
	void aFormRefusesOrKeepsExactlyWhatItIsSent(@ForAll("forms") String page,
			@ForAll("replacements") List<Optional<String>> replacements) throws Exception {
		Document document = Jsoup.parse(call(get(page).with(admin())).getContentAsString(), "http://localhost");
		for (FormElement form : forms(document)) {
			List<Map.Entry<String, String>> sent = submission(form, replacements);
			Map<String, Long> before = snapshot();
			MockHttpServletRequestBuilder request = post(form.attr("action")).with(admin()).with(csrf());
			sent.forEach((field) -> request.param(field.getKey(), field.getValue()));
			MockHttpServletResponse response = call(request);
			assertThat(response.getStatus()).as("POST %s %s", form.attr("action"), sent).isBetween(200, 499);
			if (refused(response)) {
				assertThat(snapshot()).as("refused POST %s %s left the record as it was", form.attr("action"), sent)
					.isEqualTo(before);
				Statistics.collect("refused");
			}
			else if (form.attr("action").matches(".*/\\d+") && page.endsWith("/edit")) {
				keptAsSent(page, sent, form);
				Statistics.collect("saved and shown again as sent");
			}
			else {
				Statistics.collect("saved");
			}
		}
		// Both outcomes are reached, so the checks of each are not vacuous.
		Statistics.coverage((coverage) -> {
			coverage.check("refused").percentage((share) -> share > 20);
			coverage.check("saved and shown again as sent").count((count) -> count > 10);
		});
	}

	@Property(tries = 500, seed = "20261202")
	void aPageAnswersAnyParameterBelow500(@ForAll("pages") String page, @ForAll("hostile") String value,
			@ForAll boolean anonymously) throws Exception {
		String address = page.replace("HOSTILE",
				java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		MockHttpServletResponse response = call(
				get(java.net.URI.create(address)).with(anonymously ? anonymous() : admin()));
		assertThat(response.getStatus()).as("GET %s", address).isBetween(200, 499);
	}

	@Provide
	Arbitrary<String> forms() {
		long proposal = id("select min(id) from proposal");
		return Arbitraries.of("/parties/" + id("select min(id) from party") + "/edit",
				"/people/" + id("select min(id) from person") + "/edit",
				"/negotiations/" + id("select min(id) from negotiation") + "/edit",
				"/rounds/" + id("select min(id) from round") + "/edit", "/proposals/" + proposal + "/edit",
				"/positions/" + id("select min(id) from position") + "/edit",
				"/citations/" + id("select min(id) from citation") + "/edit",
				"/admin/sources/" + id("select min(id) from source") + "/edit",
				"/topics/" + id("select min(id) from topic") + "/edit",
				"/regions/" + id("select min(id) from region") + "/edit", "/parties/new", "/people/new", "/topics/new",
				"/regions/new", "/negotiations/new", "/rounds/new", "/proposals/new",
				"/positions/new?proposal=" + proposal, "/citations/new?proposal=" + proposal, "/log",
				"/admin/sources/new", "/admin/users/new", "/admin/webhooks", "/account/password", "/account/tokens",
				"/login");
	}

	@Provide
	Arbitrary<List<Optional<String>>> replacements() {
		return hostile().optional(0.2).list().ofMinSize(1).ofMaxSize(12);
	}

	@Provide
	Arbitrary<String> pages() {
		return Arbitraries.of("/proposals?q=HOSTILE", "/proposals?sort=HOSTILE", "/proposals?page=HOSTILE",
				"/proposals?stance=HOSTILE&party=1", "/proposals?party=HOSTILE", "/proposals?negotiation=HOSTILE",
				"/proposals?topic=HOSTILE", "/proposals?status=HOSTILE", "/rounds?page=HOSTILE",
				"/rounds?negotiation=HOSTILE", "/search?q=HOSTILE", "/search?q=dmz&kind=HOSTILE",
				"/search?q=dmz&page=HOSTILE", "/changes?from=HOSTILE", "/changes?to=HOSTILE", "/changes?kind=HOSTILE",
				"/changes?negotiation=HOSTILE", "/changes?before=HOSTILE", "/changes.atom?from=HOSTILE",
				"/matrix?negotiation=HOSTILE", "/matrix?asOf=HOSTILE", "/matrix?compare=HOSTILE",
				"/admin/audit?from=HOSTILE", "/admin/audit?actor=HOSTILE", "/admin/audit?page=HOSTILE",
				"/admin/sources?page=HOSTILE", "/admin/sources?q=HOSTILE", "/export/proposals.csv?q=HOSTILE",
				"/export/positions.csv?asOf=HOSTILE", "/export/matrix.csv?negotiation=HOSTILE", "/proposals/HOSTILE",
				"/rounds/HOSTILE", "/parties/HOSTILE", "/people/HOSTILE", "/sources/HOSTILE", "/topics/HOSTILE",
				"/topics?page=HOSTILE", "/regions/HOSTILE", "/regions?page=HOSTILE", "/regions/1?before=HOSTILE",
				"/topics/HOSTILE/merge", "/pick/region?q=HOSTILE", "/negotiations/HOSTILE",
				"/proposals/HOSTILE/history", "/HOSTILE/1/history", "/proposals/HOSTILE/edit",
				"/citations/new?proposal=HOSTILE", "/positions/new?proposal=HOSTILE", "/log?negotiation=HOSTILE",
				"/pick/party?q=HOSTILE", "/pick/HOSTILE?q=a", "/api/v1/proposals?q=HOSTILE",
				"/api/v1/positions?updatedSince=HOSTILE", "/api/v1/positions?page=HOSTILE", "/api/v1/search?q=HOSTILE",
				"/api/v1/matrix?asOf=HOSTILE", "/login?error=HOSTILE");
	}

	/**
	 * Text a fuzzer sends: well-formed Unicode (a browser sends nothing else), most of it
	 * hostile.
	 */
	@Provide
	Arbitrary<String> hostile() {
		Arbitrary<String> anyText = Arbitraries.integers()
			.between(0, Character.MAX_CODE_POINT)
			.filter((codePoint) -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
			.list()
			.ofMaxSize(30)
			.map((codePoints) -> new String(codePoints.stream().mapToInt(Integer::intValue).toArray(), 0,
					codePoints.size()));
		Arbitrary<String> controls = Arbitraries.strings()
			.withCharRange('\u0000', '\u001f')
			.withChars('\u007f', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff')
			.ofMinLength(1)
			.ofMaxLength(4)
			.map((control) -> "Geneva " + control + " talks");
		Arbitrary<String> longText = Arbitraries.strings()
			.withChars('x', 'я', 'ї', ' ', '\n', '<', '&', '\'')
			.ofMinLength(200)
			.ofMaxLength(30_000);
		Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
				Arbitraries.of("-1", "0", "1e309", "99999999999999999999", "١٢٣", "0x10", "NaN", "1.5", " 7 "));
		Arbitrary<String> dates = Arbitraries.of("-4714-01-01", "+999999999-12-31", "2026-02-30", "0000-00-00",
				"2026-13-01", "2026-02-18T25:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31", "18.02.2026");
		Arbitrary<String> payloads = Arbitraries.of("", " ", "\t\n", "'; drop table position; --", "<script>x</script>",
				"\"><img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "__${T(java.lang.Runtime)}__",
				"../../etc/passwd", "%00", "%", "_", "\\", "Росгвардия", "Донбас", "ДМЗ", "😀👨‍👩‍👧", "مرحبا", "null",
				"[]", "{}", "fullName[0]", "a".repeat(301), "A\u0301\u0327", "\u0000", "admin\u0000");
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, anyText), net.jqwik.api.Tuple.of(2, controls),
				net.jqwik.api.Tuple.of(1, longText), net.jqwik.api.Tuple.of(2, numbers),
				net.jqwik.api.Tuple.of(2, dates), net.jqwik.api.Tuple.of(3, payloads));
	}

	/** The forms an editor sends from a page: not signing out, not the search box. */
	private static List<FormElement> forms(Document document) {
		return document.select("form[method=post]")
			.forms()
			.stream()
			.filter((form) -> !form.attr("action").endsWith("/logout"))
			.toList();
	}

	/**
	 * What the browser would send, each field in turn replaced by the next generated text
	 * or left as the page had it; the CSRF token is the test's own.
	 */
	private static List<Map.Entry<String, String>> submission(FormElement form, List<Optional<String>> replacements) {
		List<Map.Entry<String, String>> sent = new ArrayList<>();
		List<String> buttons = form.select("button[name], input[type=submit][name]").eachAttr("name");
		int i = 0;
		for (org.jsoup.Connection.KeyVal field : form.formData()) {
			if (field.key().equals("_csrf") || buttons.contains(field.key())) {
				continue;
			}
			Optional<String> replacement = replacements.get(i++ % replacements.size());
			sent.add(Map.entry(field.key(), replacement.orElse(field.value())));
		}
		return sent;
	}

	/**
	 * Whether the answer says nothing was saved: a 4xx, or the form again with its errors
	 * (a new API token, saved, is shown on the form's page once, without a redirect).
	 */
	private static boolean refused(MockHttpServletResponse response) throws Exception {
		return response.getStatus() >= 400
				|| (response.getStatus() == 200 && !Jsoup.parse(response.getContentAsString())
					.select(".field-error, .error-summary, .notice--error, .notice--warning")
					.isEmpty());
	}

	/** The saved record's form shows each text field as it was sent, ends stripped. */
	private void keptAsSent(String page, List<Map.Entry<String, String>> sent, FormElement before) throws Exception {
		Document again = Jsoup.parse(call(get(page).with(admin())).getContentAsString());
		Map<String, String> shown = again.select("input[type=text][name], input:not([type])[name], textarea[name]")
			.stream()
			.collect(Collectors.toMap((element) -> element.attr("name"), Element::val, (a, b) -> a));
		for (Map.Entry<String, String> field : sent) {
			String name = field.getKey();
			if (shown.containsKey(name) && NORMALISED.stream().noneMatch(name::endsWith)
					&& !before.select("[name=\"" + name.replace("\"", "") + "\"]").is("[type=hidden]")) {
				assertThat(shown.get(name)).as("%s saved from %s", name, page).isEqualTo(asShown(field.getValue()));
			}
		}
	}

	/** How a browser shows text sent to it: line ends as \n, and what forms strip. */
	private static String asShown(String sent) {
		String text = sent.replace("\r\n", "\n").replace('\r', '\n');
		return text.isBlank() ? "" : text.strip();
	}

	/** Rows and versions of every table that holds the record. */
	private Map<String, Long> snapshot() {
		if (snapshotSql == null) {
			snapshotSql = snapshotSql();
		}
		return this.jdbc.query(snapshotSql, (rs) -> {
			rs.next();
			Map<String, Long> values = new java.util.TreeMap<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				values.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
			}
			return values;
		});
	}

	private String snapshotSql() {
		List<String> tables = this.jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
					+ "and table_type = 'BASE TABLE' order by table_name", String.class);
		StringBuilder sql = new StringBuilder("select ");
		List<String> parts = new ArrayList<>();
		for (String table : tables) {
			if (TRAIL.contains(table)) {
				continue;
			}
			parts.add("(select count(*) from " + table + ") as " + table + "_rows");
			if (hasVersion(table)) {
				parts.add("(select coalesce(sum(version), 0) from " + table + ") as " + table + "_versions");
			}
		}
		return sql.append(String.join(", ", parts)).toString();
	}

	private boolean hasVersion(String table) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from information_schema.columns "
						+ "where table_schema = 'public' and table_name = ? and column_name = 'version')",
				Boolean.class, table));
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private long id(String sql) {
		if (this.jdbc == null) {
			try {
				inject();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return this.jdbc.queryForObject(sql, Long.class);
	}

	/**
	 * Points the application at a database of its own, migrated and filled with Geneva.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase {

		@Bean
		JdbcConnectionDetails hostileInputDatabase() {
			ConnectionDetails database = SharedPostgres.database(DATABASE);
			return database;
		}

	}

}
