package org.parley.source.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.source.SourceKind;
import org.parley.source.SourceRepository;
import org.parley.source.SourceStatus;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@Transactional
@WithMockUser(username = "source-admin", roles = "ADMIN")
class SourceAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SourceRepository sources;

	@Autowired
	CitationRepository citations;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsSourcesWithTheirGradeStatusAndCitationsInFewStatements() throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get("/admin/sources"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The Kyiv Independent")))
			.andExpect(content().string(containsString("usually reliable")))
			.andExpect(content().string(containsString("fairly reliable")))
			.andExpect(content().string(containsString("active")))
			.andExpect(content().string(containsString("media")));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		Source kyiv = this.sources.findBySlug("kyiv-independent").orElseThrow();
		assertThat(this.citations.countBySource(kyiv)).isPositive();
	}

	@Test
	void createsAValidSourceWithASlugFromItsName() throws Exception {
		this.mvc.perform(validSource(post("/admin/sources"), "name", "Ukrainska Pravda"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/sources"));
		Source created = this.sources.findBySlug("ukrainska-pravda").orElseThrow();
		assertThat(created.getName()).isEqualTo("Ukrainska Pravda");
		assertThat(created.getKind()).isEqualTo(SourceKind.MEDIA);
		assertThat(created.getCountryCode()).isEqualTo("UA");
		assertThat(created.getLanguage()).isEqualTo("uk");
		assertThat(created.getReliability()).isEqualTo(Reliability.B);
		assertThat(created.getStatus()).isEqualTo(SourceStatus.ACTIVE);
		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_event where action = 'CREATE' and entity_type = 'Source' "
					+ "and entity_id = ? and actor = 'source-admin' and changes->'name'->>'to' = 'Ukrainska Pravda'",
					Long.class, created.getId().toString()))
			.isEqualTo(1);
	}

	@Test
	void aTakenSlugGetsANumber() throws Exception {
		this.mvc.perform(validSource(post("/admin/sources"), "name", "The Kyiv Independent"))
			.andExpect(status().isFound());
		this.mvc.perform(validSource(post("/admin/sources"), "name", "The Kyiv Independent!"))
			.andExpect(status().isFound());
		assertThat(this.sources.findBySlug("the-kyiv-independent")).isPresent();
		assertThat(this.sources.findBySlug("the-kyiv-independent-2")).isPresent();
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("name", "  ", "Enter the source’s name."),
				Arguments.of("name", "x".repeat(201), "Keep the name to 200 characters or fewer."),
				Arguments.of("kind", "ALIEN", "Choose one of the kinds listed."),
				Arguments.of("kind", "", "Choose what kind of source this is."),
				Arguments.of("homepage", "ftp://example.org", "starting with http:// or https://"),
				Arguments.of("homepage", "example.org", "starting with http:// or https://"),
				Arguments.of("countryCode", "XX", "two-letter ISO 3166-1 code"),
				Arguments.of("countryCode", "Ukraine", "two-letter ISO 3166-1 code"),
				Arguments.of("language", "not a tag!", "BCP 47 tag"),
				Arguments.of("reliability", "", "Choose a reliability grade from A to F."),
				Arguments.of("reliability", "G", "Choose a reliability grade from A to F."),
				Arguments.of("reliabilityNote", "", "Say why you grade this source so"));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummary(String field, String value, String message)
			throws Exception {
		long before = this.sources.count();
		this.mvc.perform(validSource(post("/admin/sources"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("field-error")));
		assertThat(this.sources.count()).isEqualTo(before);
	}

	@Test
	void anUngradedSourceNeedsNoNote() throws Exception {
		this.mvc
			.perform(validSource(post("/admin/sources"), "name", "Unknown Channel", "reliability", "F",
					"reliabilityNote", ""))
			.andExpect(status().isFound());
		assertThat(this.sources.findBySlug("unknown-channel")).isPresent();
	}

	@Test
	void editsASourceAndRecordsTheDiff() throws Exception {
		Source source = newSource("Daily Example", Reliability.C);
		this.mvc.perform(get("/admin/sources/{id}/edit", source.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Daily Example\"")));
		this.mvc
			.perform(validSource(post("/admin/sources/{id}", source.getId()), "name", "The Daily Example", "version",
					String.valueOf(source.getVersion()), "reliability", "B", "reliabilityNote",
					"Corrected its errors openly for ten years."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/sources"));
		flushAndClear();
		Source edited = this.sources.findById(source.getId()).orElseThrow();
		assertThat(edited.getName()).isEqualTo("The Daily Example");
		assertThat(edited.getSlug()).isEqualTo("daily-example-t");
		assertThat(edited.getReliability()).isEqualTo(Reliability.B);
		Map<String, Object> row = this.jdbc.queryForMap(
				"select changes->'name'->>'from' as name_from, changes->'name'->>'to' as name_to, "
						+ "changes->'reliability'->>'from' as grade_from, changes->'reliability'->>'to' as grade_to "
						+ "from audit_event where action = 'UPDATE' and entity_type = 'Source' and entity_id = ?",
				source.getId().toString());
		assertThat(row).containsEntry("name_from", "Daily Example")
			.containsEntry("name_to", "The Daily Example")
			.containsEntry("grade_from", "C")
			.containsEntry("grade_to", "B");
	}

	@Test
	void aChangedGradeNeedsANewNote() throws Exception {
		Source source = newSource("Graded Outlet", Reliability.C);
		this.mvc
			.perform(validSource(post("/admin/sources/{id}", source.getId()), "name", "Graded Outlet", "version",
					String.valueOf(source.getVersion()), "reliability", "A", "reliabilityNote",
					source.getReliabilityNote()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The grade changes from C to A: say why in the note.")));
		flushAndClear();
		assertThat(this.sources.findById(source.getId()).orElseThrow().getReliability()).isEqualTo(Reliability.C);
	}

	@Test
	void aStaleVersionIsAConflictNotAnOverwrite() throws Exception {
		Source source = newSource("Contested Outlet", Reliability.C);
		long seen = source.getVersion();
		source.rename("Contested Outlet (renamed by someone else)");
		this.sources.saveAndFlush(source);
		this.mvc
			.perform(validSource(post("/admin/sources/{id}", source.getId()), "name", "My rename", "version",
					String.valueOf(seen), "reliability", "C", "reliabilityNote", source.getReliabilityNote()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed")))
			.andExpect(content().string(containsString("nothing was overwritten")));
		flushAndClear();
		assertThat(this.sources.findById(source.getId()).orElseThrow().getName())
			.isEqualTo("Contested Outlet (renamed by someone else)");
		this.mvc
			.perform(post("/admin/sources/{id}/retire", source.getId()).param("version", String.valueOf(seen))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed")));
	}

	@Test
	void retiringKeepsTheSourceForItsCitations() throws Exception {
		Source source = newSource("Old Gazette", Reliability.D);
		Citation citation = this.citations.saveAndFlush(new Citation(source, null, "A report", null, 3));
		this.mvc
			.perform(post("/admin/sources/{id}/retire", source.getId())
				.param("version", String.valueOf(source.getVersion()))
				.with(csrf()))
			.andExpect(status().isFound());
		flushAndClear();
		assertThat(this.sources.findById(source.getId()).orElseThrow().getStatus()).isEqualTo(SourceStatus.RETIRED);
		assertThat(this.citations.findById(citation.getId()).orElseThrow().getSource().getId())
			.isEqualTo(source.getId());
		this.mvc.perform(get("/admin/sources").param("page", "0"))
			.andExpect(content().string(containsString("Old Gazette")))
			.andExpect(content().string(containsString("retired")));
	}

	@Test
	void acceptsAPendingSourceOnlyOnce() throws Exception {
		Source source = newSource("Proposed Outlet", Reliability.F);
		source.suspend();
		source = this.sources.saveAndFlush(source);
		this.mvc.perform(get("/admin/sources"))
			.andExpect(content().string(containsString("pending acceptance")))
			.andExpect(content().string(containsString("Accept Proposed Outlet")));
		this.mvc
			.perform(post("/admin/sources/{id}/accept", source.getId())
				.param("version", String.valueOf(source.getVersion()))
				.with(csrf()))
			.andExpect(status().isFound());
		flushAndClear();
		Source accepted = this.sources.findById(source.getId()).orElseThrow();
		assertThat(accepted.getStatus()).isEqualTo(SourceStatus.ACTIVE);
		this.mvc
			.perform(post("/admin/sources/{id}/accept", source.getId())
				.param("version", String.valueOf(accepted.getVersion()))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no longer waiting for acceptance")));
	}

	@Test
	void mergingMovesTheCitationsAndRetiresTheDuplicate() throws Exception {
		Source keep = newSource("Kyiv Post", Reliability.B);
		Source duplicate = newSource("Kyiv Post (duplicate)", Reliability.C);
		Citation first = this.citations.saveAndFlush(new Citation(duplicate, null, "First", null, 2));
		Citation second = this.citations.saveAndFlush(new Citation(duplicate, null, "Second", null, 3));
		this.mvc.perform(get("/admin/sources/{id}/merge", duplicate.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Its 2 citation(s) move")))
			.andExpect(content().string(containsString("Kyiv Post (B)")));
		this.mvc
			.perform(post("/admin/sources/{id}/merge", duplicate.getId()).param("keep", keep.getId().toString())
				.param("version", String.valueOf(duplicate.getVersion()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/sources"));
		flushAndClear();
		assertThat(this.citations.findAllById(List.of(first.getId(), second.getId())))
			.allSatisfy((citation) -> assertThat(citation.getSource().getId()).isEqualTo(keep.getId()));
		Source merged = this.sources.findById(duplicate.getId()).orElseThrow();
		assertThat(merged.getStatus()).isEqualTo(SourceStatus.RETIRED);
		assertThat(merged.getMergedInto().getId()).isEqualTo(keep.getId());
		assertThat(this.jdbc.queryForObject("select detail from audit_event where action = 'MERGE' and entity_id = ?",
				String.class, keep.getId().toString()))
			.contains("Kyiv Post (duplicate)")
			.contains("2 citation(s) moved");
		this.mvc.perform(get("/admin/sources")).andExpect(content().string(containsString("(merged into Kyiv Post)")));
	}

	@Test
	void aMergeThatCannotBeDoneMovesNothing() throws Exception {
		Source keep = newSource("Retired Keeper", Reliability.B);
		keep.retire();
		this.sources.saveAndFlush(keep);
		Source duplicate = newSource("Busy Duplicate", Reliability.C);
		Citation citation = this.citations.saveAndFlush(new Citation(duplicate, null, "Kept", null, 2));
		this.mvc
			.perform(post("/admin/sources/{id}/merge", duplicate.getId()).param("keep", keep.getId().toString())
				.param("version", String.valueOf(duplicate.getVersion()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is retired: choose a source that is not")));
		this.mvc
			.perform(post("/admin/sources/{id}/merge", duplicate.getId()).param("keep", duplicate.getId().toString())
				.param("version", String.valueOf(duplicate.getVersion()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be merged into itself")));
		this.mvc
			.perform(post("/admin/sources/{id}/merge", duplicate.getId()).param("keep", "")
				.param("version", String.valueOf(duplicate.getVersion()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the source to keep.")));
		flushAndClear();
		assertThat(this.citations.findById(citation.getId()).orElseThrow().getSource().getId())
			.isEqualTo(duplicate.getId());
		assertThat(this.sources.findById(duplicate.getId()).orElseThrow().getStatus()).isEqualTo(SourceStatus.ACTIVE);
	}

	@Test
	void unknownSourcesAndMalformedRequestsAreRefusedReadably() throws Exception {
		this.mvc.perform(get("/admin/sources/{id}/edit", 999_999_999L)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/sources/{id}/edit", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number")));
		Source source = newSource("Versionless", Reliability.F);
		this.mvc.perform(post("/admin/sources/{id}/retire", source.getId()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘version’ is required")));
		this.mvc.perform(get("/admin/sources").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/admin/sources").with(csrf().useInvalidToken())).andExpect(status().isForbidden());
	}

	@Test
	void pageTextIsEscaped() throws Exception {
		newSource("<script>alert(1)</script>", Reliability.F);
		this.mvc.perform(get("/admin/sources"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	private void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private Source newSource(String name, Reliability reliability) {
		Source source = new Source(name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-)|(-$)", "") + "-t",
				name, SourceKind.MEDIA);
		source.grade(reliability, "Test grade for " + name);
		return this.sources.saveAndFlush(source);
	}

	/** A valid form, with some fields given other values (name, value, name, value …). */
	private static MockHttpServletRequestBuilder validSource(MockHttpServletRequestBuilder request,
			String... overrides) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", "A Valid Source");
		fields.put("kind", "MEDIA");
		fields.put("homepage", "https://www.pravda.com.ua/");
		fields.put("countryCode", "ua");
		fields.put("language", "uk");
		fields.put("reliability", "B");
		fields.put("reliabilityNote", "Long record of accurate reporting on the war.");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

}
