package org.parley.read.search;

import java.util.List;

/**
 * The hits shown for one search group, best first, and how many matched in all.
 *
 * @param hits the hits shown
 * @param total how many matched, or how many were ranked when {@code capped}
 * @param capped whether more matched than a search ranks
 * ({@link SearchReader#CANDIDATES})
 */
public record GroupHits(List<SearchHit> hits, long total, boolean capped) {

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	public boolean hasMore() {
		return this.total > this.hits.size();
	}

}
