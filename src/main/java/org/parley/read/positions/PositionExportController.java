package org.parley.read.positions;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.parley.position.ArgumentKind;
import org.parley.position.Stance;
import org.parley.read.Exports;
import org.parley.security.ReadAccess;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /export/positions.csv}: the positions of a proposal, a party or a round (the
 * pages that link here), or of the whole record, streamed.
 */
@Controller
class PositionExportController {

	private final PositionExport export;

	private final Exports exports;

	private final PositionArgumentExport arguments;

	PositionExportController(PositionExport export, Exports exports, PositionArgumentExport arguments) {
		this.export = export;
		this.exports = exports;
		this.arguments = arguments;
	}

	/**
	 * {@code /export/position_arguments.csv}: the arguments of the positions the same
	 * filters select, of one kind with {@code argument}.
	 */
	@GetMapping("/export/position_arguments.csv")
	@ReadAccess
	void arguments(@RequestParam(required = false) String negotiation, @RequestParam(required = false) Long proposal,
			@RequestParam(required = false) Long party, @RequestParam(required = false) Long round,
			@RequestParam(required = false) Stance stance, @RequestParam(required = false) ArgumentKind argument,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Boolean hideAnonymous,
			HttpServletResponse response) throws IOException {
		PositionFilter filter = new PositionFilter(negotiation, proposal, party, round, stance, from, to,
				EvidenceFilter.of(grade, hideAnonymous));
		this.exports.download(response, PositionArgumentExport.TABLE,
				(rows) -> this.arguments.write(filter, argument, rows));
	}

	@GetMapping("/export/positions.csv")
	@ReadAccess
	void positions(@RequestParam(required = false) String negotiation, @RequestParam(required = false) Long proposal,
			@RequestParam(required = false) Long party, @RequestParam(required = false) Long round,
			@RequestParam(required = false) Stance stance,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Boolean hideAnonymous,
			HttpServletResponse response) throws IOException {
		PositionFilter filter = new PositionFilter(negotiation, proposal, party, round, stance, from, to,
				EvidenceFilter.of(grade, hideAnonymous));
		this.exports.download(response, PositionExport.TABLE, (rows) -> this.export.write(filter, rows));
	}

}
