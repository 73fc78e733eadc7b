package org.parley.read;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.parley.security.ReadAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The API of a record kind whose page has no filters (parties, people, sources, topics,
 * regions, negotiations): its whole list, by id, beside what {@link RecordApi} offers.
 */
public abstract class FullListApi extends RecordApi {

	protected FullListApi(Listing listing, Listings listings) {
		super(listing, listings);
	}

	@GetMapping
	@ReadAccess
	@Operation(summary = "List them all",
			description = "Every record of this kind, by id; with updatedSince, only those written after it.")
	public ResponseEntity<ApiPage> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return list("", Exports.parameters(), updatedSince, page, size);
	}

}
