package org.parley.test;

import java.util.List;
import java.util.Locale;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the current thread sends for a page, through any path (JPA,
 * JdbcTemplate), so a test can prove a page runs a bounded number of them. Statements on
 * the Spring Session tables are left out: storing the HTTP session costs the same few
 * statements on every request, whatever the page and the size of the record.
 */
public final class SqlStatements implements QueryExecutionListener {

	/** Statements other than the session store's, and every statement. */
	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[2]);

	public static void reset() {
		COUNT.get()[0] = 0;
		COUNT.get()[1] = 0;
	}

	public static long count() {
		return COUNT.get()[0];
	}

	/** Every statement since the last {@link #reset()}, the session store's included. */
	public static long countIncludingSessions() {
		return COUNT.get()[1];
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		boolean sessionStorage = queryInfoList.stream()
			.allMatch((query) -> query.getQuery().toUpperCase(Locale.ROOT).contains("SPRING_SESSION"));
		if (!sessionStorage) {
			COUNT.get()[0]++;
		}
		COUNT.get()[1]++;
	}

}
