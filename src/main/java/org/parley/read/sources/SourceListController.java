package org.parley.read.sources;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sources}: every graded source by name, a page at a time, each linking to its
 * page with its reliability; open to every reader. (Admins manage them at
 * {@code /admin/sources}, linked from here.)
 */
@Controller
class SourceListController {

	/** Sources on a page of the list. */
	static final int PAGE_SIZE = 50;

	private final SourceListReader reader;

	SourceListController(SourceListReader reader) {
		this.reader = reader;
	}

	@GetMapping("/sources")
	@ReadAccess
	String sources(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.reader.sources(Paging.of(page, PAGE_SIZE)));
		return "sources/list";
	}

}
