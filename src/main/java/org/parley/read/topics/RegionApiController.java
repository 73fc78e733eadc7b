package org.parley.read.topics;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.parley.read.FullListApi;
import org.parley.read.Listings;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/regions}: the rows of {@code regions.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "The regions proposals concern.")
class RegionApiController extends FullListApi {

	RegionApiController(Listings listings) {
		super(RegionExport.LISTING, listings);
	}

}
