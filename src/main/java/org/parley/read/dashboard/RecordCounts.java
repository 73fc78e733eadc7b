package org.parley.read.dashboard;

/** How much the record holds. */
public record RecordCounts(long negotiations, long rounds, long proposals, long positions, long sources, long citations,
		long parties, long people, long topics, long regions) {
}
