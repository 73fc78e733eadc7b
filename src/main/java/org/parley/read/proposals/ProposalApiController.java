package org.parley.read.proposals;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.read.ApiPage;
import org.parley.read.Exports;
import org.parley.read.Listings;
import org.parley.read.Paging;
import org.parley.read.RecordApi;
import org.parley.security.ReadAccess;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/proposals}: the rows of {@code proposals.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals",
		description = "The proposals, plans and clauses on the table, with their points and relations.")
class ProposalApiController extends RecordApi {

	ProposalApiController(Listings listings) {
		super(ProposalExport.LISTING, listings);
	}

	@GetMapping
	@ReadAccess
	@Operation(summary = "List proposals",
			description = "Filtered as the proposal list is. By id; with updatedSince, only those written after it.")
	ResponseEntity<ApiPage> list(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String region, @RequestParam(required = false) String proposedBy,
			@RequestParam(required = false) String party, @RequestParam(required = false) Stance stance,
			@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Parameter(description = EvidenceFilter.GRADE_DESCRIPTION,
					schema = @Schema(type = "string", pattern = EvidenceFilter.GRADE_PATTERN)) Grade grade,
			@RequestParam(required = false) @Parameter(
					description = EvidenceFilter.HIDE_ANONYMOUS_DESCRIPTION) Boolean hideAnonymous,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		MapSqlParameterSource parameters = Exports.parameters();
		return list(ProposalFinder.where(new ProposalFilter(negotiation, status, topic, region, proposedBy, party,
				stance, q, EvidenceFilter.of(grade, hideAnonymous)), parameters), parameters, updatedSince, page, size);
	}

}
