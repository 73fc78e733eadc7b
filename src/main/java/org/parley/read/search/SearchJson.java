package org.parley.read.search;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

/** What {@code /api/v1/search} sends: the search page's groups and hits. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchResults",
		example = """
				{"query": "demilitarized", "groups": [{"kind": "positions", "total": 1, "capped": false, "hits": [{"kind": "POSITION", "id": 812, "page": "/proposals/17#position-812", "title": "Russia on Demilitarized zone in the Donbas", "title_html": "Russia on <mark>Demilitarized</mark> zone in the Donbas", "snippet": "… a demilitarized zone only after withdrawal …", "snippet_html": "… a <mark>demilitarized</mark> zone only after withdrawal …", "context": "Russian Federation", "stance": "CONDITIONAL", "date": "2026-02-18", "date_precision": "DAY", "speaker": "Vladimir Medinsky"}]}], "page": 0, "size": 10}""",
		description = "Each group searched, with its best hits and how many matched.")
record SearchJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String query,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Group> groups,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Hits per group and page.") int size,
		@Schema(description = "When nothing matched: the nearest name, title or alias term, to search for "
				+ "instead.") String suggestion) {

	static SearchJson of(String query, SearchResults results, int page, int size) {
		return new SearchJson(query,
				results.groups()
					.entrySet()
					.stream()
					.map((entry) -> Group.of(entry.getKey(), entry.getValue()))
					.toList(),
				page, size, results.suggestion());
	}

	@Schema(name = "SearchGroup",
			example = """
					{"kind": "positions", "total": 1, "capped": false, "hits": [{"kind": "POSITION", "id": 812, "page": "/proposals/17#position-812", "title": "Russia on Demilitarized zone in the Donbas", "title_html": "Russia on <mark>Demilitarized</mark> zone in the Donbas", "snippet": "… a demilitarized zone only after withdrawal …", "snippet_html": "… a <mark>demilitarized</mark> zone only after withdrawal …", "context": "Russian Federation", "stance": "CONDITIONAL", "date": "2026-02-18", "date_precision": "DAY", "speaker": "Vladimir Medinsky"}]}""")
	record Group(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
			"rounds", "proposals", "positions", "people", "reports" }) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "How many matched, or how many were ranked when capped.") long total,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "Whether more matched than a search " + "ranks (" + SearchReader.CANDIDATES
							+ " per group).") boolean capped,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Hit> hits){

		static Group of(SearchGroup group, GroupHits hits) {
			return new Group(group.parameter(), hits.total(), hits.capped(),
					hits.hits().stream().map(Hit::of).toList());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "SearchHit",
			example = """
					{"kind": "POSITION", "id": 812, "page": "/proposals/17#position-812", "title": "Russia on Demilitarized zone in the Donbas", "title_html": "Russia on <mark>Demilitarized</mark> zone in the Donbas", "snippet": "… a demilitarized zone only after withdrawal …", "snippet_html": "… a <mark>demilitarized</mark> zone only after withdrawal …", "context": "Russian Federation", "stance": "CONDITIONAL", "date": "2026-02-18", "date_precision": "DAY", "speaker": "Vladimir Medinsky"}""",
			description = "One match. The *_html members are escaped HTML whose only markup is "
					+ "<mark> around the matched words; title and snippet are the same as plain text.")
	record Hit(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SearchHit.Kind kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The page it is shown on, relative to the application.") String page,
			String title, @JsonProperty("title_html") String titleHtml, String snippet,
			@JsonProperty("snippet_html") String snippetHtml,
			@Schema(description = "What places the hit: a proposal's status, a position's party, a report's outlet.") String context,
			Stance stance, LocalDate date, @JsonProperty("date_precision") DatePrecision datePrecision, String speaker,
			@Schema(description = "A report's Admiralty grade, e.g. B2.") String grade) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.kind(), hit.id(), hit.href(), Highlight.toText(hit.titleHtml()), hit.titleHtml(),
					Highlight.toText(hit.snippetHtml()), hit.snippetHtml(), hit.context(), hit.stance(), hit.date(),
					hit.datePrecision(), hit.speaker(), hit.grade());
		}

	}

}
