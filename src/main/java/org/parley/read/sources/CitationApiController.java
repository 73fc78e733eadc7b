package org.parley.read.sources;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.parley.read.ApiPage;
import org.parley.read.Exports;
import org.parley.read.Listings;
import org.parley.read.Paging;
import org.parley.read.RecordApi;
import org.parley.security.ReadAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/citations}: the rows of {@code citations.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/citations")
@Tag(name = "Citations",
		description = "The reports claims rest on, each graded on the Admiralty scale, with the citation it came through.")
class CitationApiController extends RecordApi {

	CitationApiController(Listings listings) {
		super(CitationExport.LISTING, listings);
	}

	@GetMapping
	@ReadAccess
	@Operation(summary = "List citations",
			description = "Of one source, or of all. By id; with updatedSince, only those written after it.")
	ResponseEntity<ApiPage> list(@RequestParam(required = false) Long source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		MapSqlParameterSource parameters = Exports.parameters();
		return list(CitationExport.where(source, parameters), parameters, updatedSince, page, size);
	}

}
