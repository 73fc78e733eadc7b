package org.parley.read.negotiations;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.parley.read.FullListApi;
import org.parley.read.Listings;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/negotiations}: the rows of {@code negotiations.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/negotiations")
@Tag(name = "Negotiations", description = "The negotiations and their parties.")
class NegotiationApiController extends FullListApi {

	NegotiationApiController(Listings listings) {
		super(NegotiationExport.LISTING, listings);
	}

}
