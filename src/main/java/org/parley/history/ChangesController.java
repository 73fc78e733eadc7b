package org.parley.history;

import java.time.LocalDate;

import org.parley.security.ReadAccess;
import org.parley.web.BadRequestException;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /changes}: everything that changed, newest first, by negotiation, kind of
 * record, editor and UTC day ("since" is {@code from}). A new or corrected stance reads
 * as a sentence. Three statements at most.
 */
@Controller
class ChangesController {

	static final int PAGE_SIZE = 50;

	private final ChangesReader reader;

	ChangesController(ChangesReader reader) {
		this.reader = reader;
	}

	@GetMapping("/changes")
	@ReadAccess
	String changes(@RequestParam(required = false) String negotiation, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String editor,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new BadRequestException("‘page’ must be 0 or more.");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("‘from’ (" + from + ") must not be after ‘to’ (" + to + ").");
		}
		HistoryKind recordKind = null;
		if (kind != null && !kind.isBlank()) {
			recordKind = HistoryKind.ofPath(kind.strip())
				.orElseThrow(() -> new BadRequestException("‘kind’ must be one of negotiations, parties, people, "
						+ "rounds, proposals, positions, citations, sources, topics."));
		}
		ChangeFilter filter = new ChangeFilter(negotiation, recordKind, editor, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("changes", this.reader.find(filter, PageRequest.of(page, PAGE_SIZE)));
		model.addAttribute("negotiations", this.reader.negotiations());
		model.addAttribute("kinds", HistoryKind.values());
		return "history/changes";
	}

}
