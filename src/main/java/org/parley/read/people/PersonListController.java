package org.parley.read.people;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /people}: every person by full name, a page at a time, each linking to their
 * page with the party they speak for and their title. (Creating one posts to the same
 * address, in person.web.)
 */
@Controller
class PersonListController {

	/** People on a page of the list. */
	static final int PAGE_SIZE = 50;

	private final PersonListReader reader;

	PersonListController(PersonListReader reader) {
		this.reader = reader;
	}

	@GetMapping("/people")
	@ReadAccess
	String people(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.reader.people(Paging.of(page, PAGE_SIZE)));
		return "people/list";
	}

}
