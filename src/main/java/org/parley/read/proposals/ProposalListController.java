package org.parley.read.proposals;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.parley.read.Exports;
import org.parley.read.Paging;
import org.parley.security.ReadAccess;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of proposals, filtered and sorted in the database, a page at a time. At most
 * four statements: the form's choices, the page, its count and the stances shown.
 */
@Controller
class ProposalListController {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = Paging.MAX_SIZE;

	private final ProposalFinder finder;

	private final ProposalExport export;

	private final Exports exports;

	ProposalListController(ProposalFinder finder, ProposalExport export, Exports exports) {
		this.finder = finder;
		this.export = export;
		this.exports = exports;
	}

	@GetMapping("/proposals")
	@ReadAccess
	String list(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String region, @RequestParam(required = false) String proposedBy,
			@RequestParam(required = false) String party, @RequestParam(required = false) Stance stance,
			@RequestParam(required = false) String q, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) Boolean hideAnonymous, @RequestParam(defaultValue = "activity") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
			Model model) {
		ProposalSort order = ProposalSort.of(sort);
		ProposalFilter filter = new ProposalFilter(negotiation, status, topic, region, proposedBy, party, stance, q,
				EvidenceFilter.of(grade, hideAnonymous));
		// Odd paging is corrected rather than refused: pages start at 0, sizes run 1 to
		// 100.
		PageRequest pageable = Paging.of(page, size);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("size", pageable.getPageSize());
		model.addAttribute("options", this.finder.options(filter));
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("sorts", ProposalSort.values());
		model.addAttribute("sizes", List.of(DEFAULT_SIZE, 50, MAX_SIZE));
		model.addAttribute("page", this.finder.find(filter, order, pageable));
		return "proposals/list";
	}

	/** Every proposal the list shows with the same filters, as CSV. */
	@GetMapping("/export/proposals.csv")
	@ReadAccess
	void export(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String region, @RequestParam(required = false) String proposedBy,
			@RequestParam(required = false) String party, @RequestParam(required = false) Stance stance,
			@RequestParam(required = false) String q, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) Boolean hideAnonymous, HttpServletResponse response) throws IOException {
		ProposalFilter filter = new ProposalFilter(negotiation, status, topic, region, proposedBy, party, stance, q,
				EvidenceFilter.of(grade, hideAnonymous));
		this.exports.download(response, ProposalExport.TABLE, (rows) -> this.export.write(filter, rows));
	}

}
