package org.parley.read.matrix;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.read.Exports;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The position matrix: parties × proposals of one negotiation as of a date, optionally
 * compared with another date. At most eight statements: the negotiation, the chooser, the
 * parties, and the matrix's five (a count instead of the stances and grades if the page
 * asked for lies past the end).
 */
@Controller
@ReadAccess
class MatrixController {

	static final int DEFAULT_SIZE = 25;

	private final MatrixReader reader;

	private final MatrixExport export;

	private final Exports exports;

	MatrixController(MatrixReader reader, MatrixExport export, Exports exports) {
		this.reader = reader;
		this.export = export;
		this.exports = exports;
	}

	@GetMapping("/matrix")
	String matrix(@RequestParam(name = "negotiation", required = false) String slug,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compare,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Boolean hideAnonymous,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
			Model model) {
		EvidenceFilter evidence = EvidenceFilter.of(grade, hideAnonymous);
		LocalDate date = (asOf != null) ? asOf : LocalDate.now();
		List<NegotiationRef> choices = this.reader.choices();
		NegotiationRef negotiation;
		if (StringUtils.hasText(slug)) {
			negotiation = this.reader.negotiation(slug.strip())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		else {
			negotiation = choices.isEmpty() ? null : choices.get(0);
		}
		model.addAttribute("choices", choices);
		model.addAttribute("asOf", date);
		model.addAttribute("compare", compare);
		model.addAttribute("evidence", evidence);
		if (negotiation != null) {
			model.addAttribute("matrix", this.reader.matrix(negotiation, this.reader.parties(negotiation.id()), date,
					compare, evidence, Paging.of(page, size)));
		}
		return "matrix/show";
	}

	/** The whole matrix of a negotiation on a date (today when none is given), as CSV. */
	@GetMapping("/export/matrix.csv")
	void export(@RequestParam(name = "negotiation") String slug,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Boolean hideAnonymous,
			HttpServletResponse response) throws IOException {
		NegotiationRef negotiation = this.reader.negotiation(slug.strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<PartyColumn> parties = this.reader.parties(negotiation.id());
		LocalDate date = (asOf != null) ? asOf : LocalDate.now();
		this.exports.download(response, MatrixExport.table(parties),
				(rows) -> this.export.write(negotiation, parties, date, EvidenceFilter.of(grade, hideAnonymous), rows));
	}

}
