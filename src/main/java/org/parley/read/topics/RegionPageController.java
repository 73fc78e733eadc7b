package org.parley.read.topics;

import java.util.List;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /regions/{id}}: a place, the regions it lies within and those within it, the
 * first proposals on it with where every party stands now (the rest, and those of the
 * regions within it, through the proposal list filtered by the region), and the positions
 * stated on them, latest first, a page at a time by key ({@code before}), as a topic's
 * page shows them. Five statements at most, whatever the size of the record.
 */
@Controller
class RegionPageController {

	private final RegionPageReader regions;

	private final TopicPageReader reader;

	RegionPageController(RegionPageReader regions, TopicPageReader reader) {
		this.regions = regions;
		this.reader = reader;
	}

	@GetMapping("/regions/{id}")
	@ReadAccess
	String show(@PathVariable("id") long id, @RequestParam(name = "before", required = false) Long before,
			@RequestParam(name = "size", defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		RegionView region = this.regions.region(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long count = region.proposalCount();
		List<TopicProposal> proposals = (count > 0)
				? this.reader.proposals(TopicPageReader.Links.REGION, id, count, TopicPageController.PROPOSALS_SHOWN)
				: List.of();
		int pageSize = Paging.of(0, size).getPageSize();
		List<TopicPosition> positions = (count > 0)
				? this.reader.positions(TopicPageReader.Links.REGION, id, count, pageSize + 1, before) : List.of();
		boolean older = positions.size() > pageSize;
		positions = older ? positions.subList(0, pageSize) : positions;
		RegionPageReader.Neighbours neighbours = this.regions.neighbours(id);
		model.addAttribute("region", region);
		model.addAttribute("within", neighbours.within());
		model.addAttribute("inside", neighbours.inside());
		model.addAttribute("proposals", proposals);
		model.addAttribute("positions", positions);
		model.addAttribute("newestLink", (before != null) ? "/regions/" + id : null);
		model.addAttribute("olderLink",
				older ? UriComponentsBuilder.fromPath("/regions/{id}")
					.queryParam("before", positions.get(positions.size() - 1).id())
					.buildAndExpand(id)
					.toUriString() : null);
		return "regions/show";
	}

}
