package org.parley.read.positions;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.parley.position.Stance;
import org.parley.read.ApiPage;
import org.parley.read.Exports;
import org.parley.read.Listings;
import org.parley.read.Paging;
import org.parley.read.RecordApi;
import org.parley.security.ReadAccess;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/positions}: the rows of {@code positions.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/positions")
@Tag(name = "Positions", description = "Where a party stood on a proposal, when, and on what evidence.")
class PositionApiController extends RecordApi {

	PositionApiController(Listings listings) {
		super(PositionExport.LISTING, listings);
	}

	@GetMapping
	@ReadAccess
	@Operation(summary = "List positions", description = "Filtered as the CSV export is; by id.")
	ResponseEntity<ApiPage> list(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) Long proposal, @RequestParam(required = false) Long party,
			@RequestParam(required = false) Long round, @RequestParam(required = false) Stance stance,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Parameter(description = EvidenceFilter.GRADE_DESCRIPTION,
					schema = @Schema(type = "string", pattern = EvidenceFilter.GRADE_PATTERN)) Grade grade,
			@RequestParam(required = false) @Parameter(
					description = EvidenceFilter.HIDE_ANONYMOUS_DESCRIPTION) Boolean hideAnonymous,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		MapSqlParameterSource parameters = Exports.parameters();
		String where = PositionExport.where(new PositionFilter(negotiation, proposal, party, round, stance, from, to,
				EvidenceFilter.of(grade, hideAnonymous)), parameters);
		return list(where, parameters, updatedSince, page, size);
	}

}
