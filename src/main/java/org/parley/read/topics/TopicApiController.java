package org.parley.read.topics;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.parley.read.FullListApi;
import org.parley.read.Listings;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/topics}: the rows of {@code topics.csv}, as JSON. */
@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "Topics", description = "The topics proposals are filed under.")
class TopicApiController extends FullListApi {

	TopicApiController(Listings listings) {
		super(TopicExport.LISTING, listings);
	}

}
