package org.parley.read.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What narrows a search besides its words: a negotiation (by slug) and days, both
 * included. A round counts on the days it was held, a position on the day it was stated,
 * a report on its publication day and a proposal on the day it was first reported; people
 * have no day, so a date leaves them out. Every part may be {@code null}.
 *
 * @param negotiation the negotiation's slug
 * @param from the first day
 * @param to the last day
 */
public record SearchFilter(String negotiation, LocalDate from, LocalDate to) {

	static final SearchFilter NONE = new SearchFilter(null, null, null);

	boolean dated() {
		return this.from != null || this.to != null;
	}

	boolean isEmpty() {
		return this.negotiation == null && !dated();
	}

	/**
	 * The search page's address for these words, in one group or all ({@code null}), with
	 * these filters; values encoded strictly.
	 */
	public String address(String query, SearchGroup group) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("q", query);
		values.put("kind", (group != null) ? group.parameter() : null);
		values.put("negotiation", this.negotiation);
		values.put("from", this.from);
		values.put("to", this.to);
		values.values().removeIf(Objects::isNull);
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/search");
		values.keySet().forEach((name) -> address.queryParam(name, "{" + name + "}"));
		return address.encode().buildAndExpand(values).toUriString();
	}

}
