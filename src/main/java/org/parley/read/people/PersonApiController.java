package org.parley.read.people;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.parley.read.FullListApi;
import org.parley.read.Listings;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/people}: the rows of {@code people.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Delegates, envoys and speakers.")
class PersonApiController extends FullListApi {

	PersonApiController(Listings listings) {
		super(PersonExport.LISTING, listings);
	}

}
