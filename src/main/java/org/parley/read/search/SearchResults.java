package org.parley.read.search;

import java.util.Map;

/**
 * What one search found.
 *
 * @param groups each searched group's hits
 * @param suggestion when nothing matched, the name, title or alias term nearest to what
 * was typed, or {@code null}
 */
record SearchResults(Map<SearchGroup, GroupHits> groups, String suggestion) {

	long total() {
		return this.groups.values().stream().mapToLong(GroupHits::total).sum();
	}

	boolean capped() {
		return this.groups.values().stream().anyMatch(GroupHits::capped);
	}

}
