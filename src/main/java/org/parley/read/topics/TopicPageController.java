package org.parley.read.topics;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;
import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /topics/{id}}: a contested issue, the proposals on it with where every party
 * stands now, and the positions stated on them, latest first. Four statements at most.
 */
@Controller
class TopicPageController {

	/** Proposals listed on a topic's page; the page says when there are more. */
	static final int PROPOSALS_SHOWN = 100;

	private final TopicPageReader reader;

	TopicPageController(TopicPageReader reader) {
		this.reader = reader;
	}

	@GetMapping("/topics/{id}")
	@ReadAccess
	String show(@PathVariable("id") long id, @RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		TopicDetails topic = this.reader.topic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<TopicProposal> proposals = (topic.proposalCount() > 0) ? this.reader.proposals(id, PROPOSALS_SHOWN)
				: List.of();
		PageRequest request = Paging.of(page, size);
		List<TopicPosition> positions = (request.getOffset() < topic.positionCount())
				? this.reader.positions(id, request.getPageSize(), request.getOffset()) : List.of();
		model.addAttribute("topic", topic);
		model.addAttribute("proposals", proposals);
		model.addAttribute("positions", new PageImpl<>(positions, request, topic.positionCount()));
		return "topics/show";
	}

}
