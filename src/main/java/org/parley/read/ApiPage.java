package org.parley.read;

import java.util.List;
import java.util.Map;

/**
 * One page of an API list.
 *
 * @param items the records on this page, in the list's order
 * @param total how many records the whole list holds
 * @param page this page's number, from 0
 * @param size how many records a page holds
 */
public record ApiPage(List<Map<String, Object>> items, long total, int page, int size) {

	/** The number of the last page (0 for an empty list). */
	public long lastPage() {
		return (this.total == 0) ? 0 : (this.total - 1) / this.size;
	}

}
