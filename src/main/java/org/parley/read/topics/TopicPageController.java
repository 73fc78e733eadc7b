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
 * {@code /topics/{id}}: a contested issue, the first proposals on it with where every
 * party stands now (the rest through the proposal list filtered by the topic), and the
 * positions stated on them, latest first, a page at a time by key ({@code before}, the
 * last position of the page before). Six statements at most (the claims and their reports
 * two of them), whatever the size of the record.
 */
@Controller
class TopicPageController {

	/** Proposals listed on a topic's page; the page links to the rest. */
	static final int PROPOSALS_SHOWN = 50;

	private final TopicPageReader reader;

	private final TopicClaimReader claims;

	TopicPageController(TopicPageReader reader, TopicClaimReader claims) {
		this.reader = reader;
		this.claims = claims;
	}

	@GetMapping("/topics/{id}")
	@ReadAccess
	String show(@PathVariable("id") long id, @RequestParam(name = "before", required = false) Long before,
			@RequestParam(name = "size", defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		TopicDetails topic = this.reader.topic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<TopicProposal> proposals = (topic.proposalCount() > 0)
				? this.reader.proposals(id, topic.proposalCount(), PROPOSALS_SHOWN) : List.of();
		int pageSize = Paging.of(0, size).getPageSize();
		List<TopicPosition> positions = (topic.proposalCount() > 0)
				? this.reader.positions(id, topic.proposalCount(), pageSize + 1, before) : List.of();
		boolean older = positions.size() > pageSize;
		positions = older ? positions.subList(0, pageSize) : positions;
		model.addAttribute("topic", topic);
		model.addAttribute("claims", this.claims.claims(id));
		model.addAttribute("proposals", proposals);
		model.addAttribute("positions", positions);
		model.addAttribute("newestLink", (before != null) ? "/topics/" + id : null);
		model.addAttribute("olderLink",
				older ? UriComponentsBuilder.fromPath("/topics/{id}")
					.queryParam("before", positions.get(positions.size() - 1).id())
					.buildAndExpand(id)
					.toUriString() : null);
		return "topics/show";
	}

}
