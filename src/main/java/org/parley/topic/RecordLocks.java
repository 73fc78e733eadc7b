package org.parley.topic;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row locks a merge holds on the two records it joins, to the end of its transaction,
 * taken in id order so that two merges never deadlock. The one merged is locked against
 * every writer, links to it included (no proposal gains it while it goes); the one kept
 * only against other updates and deletes, so editors may still link proposals to it
 * meanwhile.
 */
@Component
class RecordLocks {

	private final JdbcTemplate jdbc;

	RecordLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param table {@code topic} or {@code region} (a constant, never user input)
	 * @param merged the record that goes
	 * @param kept the record that stays
	 */
	void lockPair(String table, long merged, long kept) {
		long first = Math.min(merged, kept);
		long second = Math.max(merged, kept);
		for (long id : new long[] { first, second }) {
			this.jdbc.queryForList(
					"select id from " + table + " where id = ? for " + ((id == merged) ? "update" : "no key update"),
					Long.class, id);
		}
	}

}
