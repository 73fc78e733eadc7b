package org.parley.read.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.parley.read.search.SearchReader.NegotiationChoice;
import org.parley.security.ReadAccess;
import org.parley.web.BadRequestException;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=…}: everything in the record that matches, grouped by kind, with the
 * matched words marked; {@code &kind=positions} pages through one group;
 * {@code negotiation}, {@code from} and {@code to} narrow it. A few SQL statements per
 * page (see {@link SearchReader}); no search when there is nothing to search for.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	/** Hits shown per group on the overview. */
	static final int OVERVIEW_LIMIT = 10;

	/** Hits per page when one group is shown. */
	static final int PAGE_SIZE = 20;

	private final SearchReader reader;

	SearchController(SearchReader reader) {
		this.reader = reader;
	}

	@GetMapping("/search")
	@ReadAccess
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "negotiation", required = false) String negotiation,
			@RequestParam(name = "from", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		String text = text(q);
		SearchGroup group = group(kind);
		SearchFilter filter = filter(negotiation, from, to);
		model.addAttribute("query", text);
		model.addAttribute("group", group);
		model.addAttribute("filter", filter);
		model.addAttribute("groups", SearchGroup.values());
		model.addAttribute("candidates", SearchReader.CANDIDATES);
		List<NegotiationChoice> negotiations = this.reader.negotiations(filter.negotiation());
		model.addAttribute("negotiations", negotiations);
		if (filter.negotiation() != null
				&& negotiations.stream().noneMatch((choice) -> choice.slug().equals(filter.negotiation()))) {
			throw new BadRequestException("No negotiation ‘" + filter.negotiation() + "’ is on record.");
		}
		if (text.isEmpty()) {
			return "search/show";
		}
		int number = Math.max(page, 0);
		Set<SearchGroup> groups = (group != null) ? Set.of(group) : EnumSet.allOf(SearchGroup.class);
		int size = (group != null) ? PAGE_SIZE : OVERVIEW_LIMIT;
		SearchResults results = this.reader.search(text, groups, filter, size,
				(group != null) ? (long) number * PAGE_SIZE : 0);
		model.addAttribute("results", results.groups());
		model.addAttribute("suggestion", results.suggestion());
		model.addAttribute("total", results.total());
		model.addAttribute("capped", results.capped());
		if (group != null) {
			GroupHits hits = results.groups().get(group);
			model.addAttribute("page", new PageImpl<>(hits.hits(), PageRequest.of(number, PAGE_SIZE), hits.total()));
		}
		return "search/show";
	}

	/**
	 * The filters as typed: a blank negotiation is none; a first day after the last is
	 * refused.
	 */
	static SearchFilter filter(String negotiation, LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("‘from’ (" + from + ") must not be after ‘to’ (" + to + ").");
		}
		String slug = (negotiation != null && !negotiation.isBlank()) ? negotiation.strip() : null;
		return new SearchFilter(slug, from, to);
	}

	/** What was typed, stripped; refused past {@value #MAX_QUERY_LENGTH} characters. */
	static String text(String q) {
		String text = (q != null) ? q.strip() : "";
		if (text.codePointCount(0, text.length()) > MAX_QUERY_LENGTH) {
			throw new BadRequestException("The search text may be at most " + MAX_QUERY_LENGTH
					+ " characters long; this one has " + text.codePointCount(0, text.length()) + ".");
		}
		return text;
	}

	static SearchGroup group(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		return SearchGroup.fromParameter(kind.strip())
			.orElseThrow(
					() -> new BadRequestException("‘kind’ must be one of " + SearchGroup.allowedParameters() + "."));
	}

}
