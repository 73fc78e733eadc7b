package org.parley.read.sources;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.parley.read.FullListApi;
import org.parley.read.Listings;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sources}: the rows of {@code sources.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "The outlets and channels reports come from, with their reliability.")
class SourceApiController extends FullListApi {

	SourceApiController(Listings listings) {
		super(SourceExport.LISTING, listings);
	}

}
