package org.parley.read.search;

import java.util.List;

/** The hits shown for one search group, best first, and how many matched in all. */
public record GroupHits(List<SearchHit> hits, long total) {

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	public boolean hasMore() {
		return this.total > this.hits.size();
	}

}
