package org.parley.test;

import net.ttddyy.dsproxy.QueryCountHolder;

/**
 * Counts the SQL statements the current thread sends, through any path (JPA,
 * JdbcTemplate), so a test can prove a page runs a bounded number of them.
 */
public final class SqlStatements {

	private SqlStatements() {
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

	public static long count() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
