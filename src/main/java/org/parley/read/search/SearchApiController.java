package org.parley.read.search;

import java.util.EnumSet;
import java.util.Map;
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
			description = "Web search syntax: words, \"phrases\", or, -not. Every group, or with kind one group, "
					+ "which then pages with Link headers and X-Total-Count (at most " + SearchReader.CANDIDATES
					+ " matches are ranked per group).")
	ResponseEntity<SearchJson> search(
			@RequestParam @Parameter(description = "What to search for.",
					schema = @Schema(minLength = 1, maxLength = SearchController.MAX_QUERY_LENGTH)) String q,
			@RequestParam(required = false) @Parameter(schema = @Schema(
					allowableValues = { "rounds", "proposals", "positions", "people", "reports" })) String kind,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + SearchController.OVERVIEW_LIMIT) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		String text = SearchController.text(q);
		if (text.isEmpty()) {
			throw new BadRequestException("‘q’ must not be blank.");
		}
		SearchGroup group = SearchController.group(kind);
		Set<SearchGroup> groups = (group != null) ? Set.of(group) : EnumSet.allOf(SearchGroup.class);
		Map<SearchGroup, GroupHits> results = this.reader.search(text, groups, size, (long) page * size);
		SearchJson body = SearchJson.of(text, results, page, size);
		return (group != null) ? RecordsApi.paged(page, size, results.get(group).total()).body(body)
				: ResponseEntity.ok(body);
	}

}
