package org.parley.read.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.parley.read.Paging;
import org.parley.read.RecordsApi;
import org.parley.security.ReadAccess;
import org.parley.web.BadRequestException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/search}: the search page's hits, as JSON, from the same reader. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search over rounds, proposals, positions, people and reports.")
class SearchApiController {

	private final SearchReader reader;

	SearchApiController(SearchReader reader) {
		this.reader = reader;
	}

	@GetMapping
	@ReadAccess
	@Operation(operationId = "search", summary = "Search the record",
			description = "Web search syntax: words, \"phrases\", or, -not; a term on the editors' alias list "
					+ "is searched as any term of its group, names and titles also match when spelt a little "
					+ "differently, and suggestion names the nearest one when nothing matched. Every group, or with "
					+ "kind one group, " + "which then pages with Link headers and X-Total-Count (at most "
					+ SearchReader.CANDIDATES + " matches are ranked per group).")
	ResponseEntity<SearchJson> search(
			@RequestParam @Parameter(description = "What to search for.",
					schema = @Schema(minLength = 1, maxLength = SearchController.MAX_QUERY_LENGTH)) String q,
			@RequestParam(required = false) @Parameter(schema = @Schema(
					allowableValues = { "rounds", "proposals", "positions", "people", "reports" })) String kind,
			@RequestParam(required = false) @Parameter(
					description = "Only what belongs to this negotiation (its slug): its rounds, proposals and "
							+ "positions, the people who spoke or sat at its rounds, the reports cited on them.") String negotiation,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(
					description = "From this day on, included: a round's days, a position's day, a report's publication "
							+ "day, a proposal's first report. People have no day: a date leaves them out.") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(
					description = "Until this day, included; the same days as from.") LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + SearchController.OVERVIEW_LIMIT) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		String text = SearchController.text(q);
		if (text.isEmpty()) {
			throw new BadRequestException("‘q’ must not be blank.");
		}
		SearchGroup group = SearchController.group(kind);
		SearchFilter filter = SearchController.filter(negotiation, from, to);
		if (filter.negotiation() != null && !this.reader.negotiationExists(filter.negotiation())) {
			throw new BadRequestException("No negotiation ‘" + filter.negotiation() + "’ is on record.");
		}
		Set<SearchGroup> groups = (group != null) ? Set.of(group) : EnumSet.allOf(SearchGroup.class);
		SearchResults results = this.reader.search(text, groups, filter, size, (long) page * size);
		SearchJson body = SearchJson.of(text, results, page, size);
		return (group != null) ? RecordsApi.paged(page, size, results.groups().get(group).total()).body(body)
				: ResponseEntity.ok(body);
	}

}
