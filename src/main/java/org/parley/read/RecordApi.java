package org.parley.read;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.parley.security.ReadAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * What every record kind's API offers beside its list: one record by id, and the records
 * deleted since an instant. A kind's controller extends it under {@code /api/v1/{kind}}
 * and adds its list, with the filters of its page.
 */
public abstract class RecordApi {

	private final Listing listing;

	private final Listings listings;

	protected RecordApi(Listing listing, Listings listings) {
		this.listing = listing;
		this.listings = listings;
	}

	@GetMapping("/{id}")
	@ReadAccess
	@Operation(summary = "One record by id",
			description = "Sends a strong ETag from the record's version; with If-None-Match it answers 304 "
					+ "when the client already holds that version.")
	public ResponseEntity<Map<String, Object>> one(@PathVariable long id, WebRequest request) {
		return RecordsApi.one(this.listings.one(this.listing, id), kindWord(), id, request);
	}

	@GetMapping("/deleted")
	@ReadAccess
	@Operation(summary = "Records deleted since an instant",
			description = "The tombstones a client keeping a copy with updatedSince must remove, oldest first.")
	public ResponseEntity<ApiPage> deleted(
			@Parameter(description = "An ISO instant: deletions after it") @RequestParam @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return RecordsApi.list(this.listings.deleted(this.listing.entityType(), since, Paging.of(page, size)));
	}

	/** A page of the list {@code where} selects. */
	protected ResponseEntity<ApiPage> list(String where, MapSqlParameterSource parameters, Instant updatedSince,
			int page, int size) {
		return RecordsApi
			.list(this.listings.page(this.listing, where, parameters, updatedSince, Paging.of(page, size)));
	}

	private String kindWord() {
		return this.listing.entityType().toLowerCase(java.util.Locale.ROOT);
	}

}
