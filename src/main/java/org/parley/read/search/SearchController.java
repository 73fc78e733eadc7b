package org.parley.read.search;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.parley.security.ReadAccess;
import org.parley.web.BadRequestException;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=…}: everything in the record that matches, grouped by kind, with the
 * matched words marked; {@code &kind=positions} pages through one group. One SQL
 * statement per page; none when there is nothing to search for.
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
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		String text = text(q);
		SearchGroup group = group(kind);
		model.addAttribute("query", text);
		model.addAttribute("group", group);
		model.addAttribute("groups", SearchGroup.values());
		model.addAttribute("candidates", SearchReader.CANDIDATES);
		if (text.isEmpty()) {
			return "search/show";
		}
		if (group == null) {
			Map<SearchGroup, GroupHits> results = this.reader.search(text, EnumSet.allOf(SearchGroup.class),
					OVERVIEW_LIMIT, 0);
			model.addAttribute("results", results);
			model.addAttribute("total", results.values().stream().mapToLong(GroupHits::total).sum());
			model.addAttribute("capped", results.values().stream().anyMatch(GroupHits::capped));
		}
		else {
			int number = Math.max(page, 0);
			Map<SearchGroup, GroupHits> results = this.reader.search(text, Set.of(group), PAGE_SIZE,
					(long) number * PAGE_SIZE);
			GroupHits hits = results.get(group);
			model.addAttribute("results", results);
			model.addAttribute("total", hits.total());
			model.addAttribute("capped", hits.capped());
			model.addAttribute("page", new PageImpl<>(hits.hits(), PageRequest.of(number, PAGE_SIZE), hits.total()));
		}
		return "search/show";
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
