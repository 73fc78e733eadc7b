package org.parley.read.negotiations;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /negotiations}: every negotiation by title, a page at a time, with how many
 * rounds and proposals it has and when it last met. (Creating one posts to the same
 * address, in negotiation.web.)
 */
@Controller
class NegotiationListController {

	/** Negotiations on a page of the list. */
	static final int PAGE_SIZE = 50;

	private final NegotiationListReader reader;

	NegotiationListController(NegotiationListReader reader) {
		this.reader = reader;
	}

	@GetMapping("/negotiations")
	@ReadAccess
	String negotiations(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.reader.negotiations(Paging.of(page, PAGE_SIZE)));
		return "negotiations/list";
	}

}
