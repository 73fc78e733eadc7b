package org.parley.read.parties;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /parties}: every party by name, a page at a time, each linking to its page with
 * how many positions it took. (Creating one posts to the same address, in party.web.)
 */
@Controller
class PartyListController {

	/** Parties on a page of the list. */
	static final int PAGE_SIZE = 50;

	private final PartyListReader reader;

	PartyListController(PartyListReader reader) {
		this.reader = reader;
	}

	@GetMapping("/parties")
	@ReadAccess
	String parties(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.reader.parties(Paging.of(page, PAGE_SIZE)));
		return "parties/list";
	}

}
