package org.parley.read.rounds;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.read.Exports;

import java.time.LocalDate;
import java.util.Map;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;
import org.parley.round.RoundOutcome;
import org.parley.web.BadRequestException;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rounds: a filterable timeline, latest first, and a page for each round with the
 * proposals discussed there and the positions stated there.
 */
@Controller
@ReadAccess
class TimelineController {

	static final int DEFAULT_SIZE = 20;

	/** Positions a round's page shows at a time: the busiest rounds have hundreds. */
	static final int POSITIONS_SHOWN = 50;

	private final TimelineReader timeline;

	private final RoundReader rounds;

	private final RoundExport export;

	private final Exports exports;

	TimelineController(TimelineReader timeline, RoundReader rounds, RoundExport export, Exports exports) {
		this.timeline = timeline;
		this.rounds = rounds;
		this.export = export;
		this.exports = exports;
	}

	@GetMapping("/rounds")
	String timeline(@RequestParam(required = false) String negotiation, @RequestParam(required = false) String party,
			@RequestParam(required = false) String place, @RequestParam(required = false) RoundOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
			Model model) {
		TimelineFilter filter = filter(negotiation, party, place, outcome, from, to);
		PageRequest pageable = Paging.of(page, size);
		Map<String, ?> options = this.timeline.options();
		model.addAttribute("filter", filter);
		model.addAttribute("rounds", this.timeline.page(filter, pageable));
		model.addAttribute("negotiations", options.get("negotiation"));
		model.addAttribute("parties", options.get("party"));
		model.addAttribute("outcomes", RoundOutcome.values());
		return "rounds/list";
	}

	/** The rounds the timeline shows with the same filters, every one of them, as CSV. */
	@GetMapping("/export/rounds.csv")
	void export(@RequestParam(required = false) String negotiation, @RequestParam(required = false) String party,
			@RequestParam(required = false) String place, @RequestParam(required = false) RoundOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		TimelineFilter filter = filter(negotiation, party, place, outcome, from, to);
		this.exports.download(response, RoundExport.TABLE, (rows) -> this.export.write(filter, rows));
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + POSITIONS_SHOWN) int size, Model model) {
		PageRequest positions = Paging.of(page, size);
		model.addAttribute("round",
				this.rounds.find(id, positions).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "rounds/show";
	}

	private static TimelineFilter filter(String negotiation, String party, String place, RoundOutcome outcome,
			LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("‘from’ (" + from + ") must not be after ‘to’ (" + to
					+ "): choose a range whose first day comes first.");
		}
		return new TimelineFilter(negotiation, party, place, outcome, from, to);
	}

}
