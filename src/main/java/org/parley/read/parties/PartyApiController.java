package org.parley.read.parties;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.parley.read.FullListApi;
import org.parley.read.Listings;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/parties}: the rows of {@code parties.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties", description = "The states, organisations and groups that take positions.")
class PartyApiController extends FullListApi {

	PartyApiController(Listings listings) {
		super(PartyExport.LISTING, listings);
	}

}
