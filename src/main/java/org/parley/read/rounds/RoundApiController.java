package org.parley.read.rounds;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.parley.round.RoundOutcome;
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

/** {@code /api/v1/rounds}: the rows of {@code rounds.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Rounds", description = "The rounds of talks: where, when, who took part, what came of it.")
class RoundApiController extends RecordApi {

	RoundApiController(Listings listings) {
		super(RoundExport.LISTING, listings);
	}

	@GetMapping
	@ReadAccess
	@Operation(summary = "List rounds",
			description = "Filtered as the timeline is. By id; with updatedSince, only those written after it.")
	ResponseEntity<ApiPage> list(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) String party, @RequestParam(required = false) String place,
			@RequestParam(required = false) RoundOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		MapSqlParameterSource parameters = Exports.parameters();
		return list(TimelineReader.where(new TimelineFilter(negotiation, party, place, outcome, from, to), parameters),
				parameters, updatedSince, page, size);
	}

}
