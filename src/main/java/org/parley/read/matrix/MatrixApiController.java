package org.parley.read.matrix;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.parley.read.Paging;
import org.parley.read.RecordsApi;
import org.parley.security.ReadAccess;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/matrix}: the matrix page's stances, as JSON, from the same reader. */
@RestController
@RequestMapping("/api/v1/matrix")
@Tag(name = "Matrix", description = "Where every party of a negotiation stands on each of its proposals.")
class MatrixApiController {

	private final MatrixReader reader;

	MatrixApiController(MatrixReader reader) {
		this.reader = reader;
	}

	@GetMapping
	@ReadAccess
	@Operation(operationId = "getMatrix", summary = "The stance matrix of a negotiation",
			description = "One page of its proposals (by title) × its parties, as of a date (today when none is "
					+ "given), optionally compared with another date; a stance the evidence filter (grade, hideAnonymous) "
					+ "leaves out is missing from its cell.")
	ResponseEntity<MatrixJson> matrix(@RequestParam String negotiation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compare,
			@RequestParam(required = false) @Parameter(description = EvidenceFilter.GRADE_DESCRIPTION,
					schema = @Schema(type = "string", pattern = EvidenceFilter.GRADE_PATTERN)) Grade grade,
			@RequestParam(required = false) @Parameter(
					description = EvidenceFilter.HIDE_ANONYMOUS_DESCRIPTION) Boolean hideAnonymous,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + MatrixController.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		NegotiationRef found = this.reader.negotiation(negotiation.strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no negotiation ‘" + negotiation.strip() + "’."));
		Matrix matrix = this.reader.matrix(found, this.reader.parties(found.id()),
				(asOf != null) ? asOf : LocalDate.now(), compare, EvidenceFilter.of(grade, hideAnonymous),
				Paging.of(page, size));
		return RecordsApi.paged(page, size, matrix.rows().getTotalElements()).body(MatrixJson.of(matrix));
	}

}
