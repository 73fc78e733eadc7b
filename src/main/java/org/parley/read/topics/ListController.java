package org.parley.read.topics;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /topics} and {@code /regions}: every topic and every region by name, a page at a
 * time, each linking to its page with how many proposals are on it.
 */
@Controller
class ListController {

	/** Entries on a page of either list. */
	static final int PAGE_SIZE = 50;

	private final ListReader reader;

	ListController(ListReader reader) {
		this.reader = reader;
	}

	@GetMapping("/topics")
	@ReadAccess
	String topics(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.reader.topics(Paging.of(page, PAGE_SIZE)));
		return "topics/list";
	}

	@GetMapping("/regions")
	@ReadAccess
	String regions(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.reader.regions(Paging.of(page, PAGE_SIZE)));
		return "regions/list";
	}

}
