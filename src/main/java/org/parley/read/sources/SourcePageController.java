package org.parley.read.sources;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.read.Exports;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;
import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sources/{id}}: the outlet, its Admiralty reliability and why, and what it
 * reported, newest first, each report with its grade, via chain and the claims it bears
 * on. Four statements at most.
 */
@Controller
class SourcePageController {

	private final SourcePageReader reader;

	private final CitationExport export;

	private final Exports exports;

	SourcePageController(SourcePageReader reader, CitationExport export, Exports exports) {
		this.reader = reader;
		this.export = export;
		this.exports = exports;
	}

	@GetMapping("/sources/{id}")
	@ReadAccess
	String show(@PathVariable("id") long id, @RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		SourceDetails source = this.reader.source(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PageRequest request = Paging.of(page, size);
		List<ReportedCitation> reports = (request.getOffset() < source.citationCount())
				? this.reader.reports(id, request.getPageSize(), request.getOffset()) : List.of();
		model.addAttribute("source", source);
		model.addAttribute("reports", new PageImpl<>(reports, request, source.citationCount()));
		return "sources/show";
	}

	/** The citations of one source ({@code ?source=}) or of every source, as CSV. */
	@GetMapping("/export/citations.csv")
	@ReadAccess
	void export(@RequestParam(name = "source", required = false) Long source, HttpServletResponse response)
			throws IOException {
		this.exports.download(response, CitationExport.TABLE, (rows) -> this.export.write(source, rows));
	}

}
