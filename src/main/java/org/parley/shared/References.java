package org.parley.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts what refers to a record, one plain SQL query per referring table, so that a
 * feature can refuse to delete a record without depending on the features that refer to
 * it. Each query selects one column, a name, for the record's id as its only parameter.
 */
public final class References {

	/** How many names each reference shows. */
	public static final int EXAMPLES = 5;

	private final Map<String, String> queries = new LinkedHashMap<>();

	private References() {
	}

	public static References of() {
		return new References();
	}

	/**
	 * Adds a referring table.
	 * @param kind what refers, as a message key suffix
	 * @param namesSql a query selecting the name of each referring record, with the
	 * referred record's id as its single parameter
	 * @return this
	 */
	public References with(String kind, String namesSql) {
		this.queries.put(kind, namesSql);
		return this;
	}

	/**
	 * @param jdbc the JDBC template (on the current transaction)
	 * @param id the referred record's id
	 * @return what refers to it, only the kinds with at least one
	 */
	public List<Reference> find(JdbcTemplate jdbc, long id) {
		List<Reference> found = new ArrayList<>();
		this.queries.forEach((kind, sql) -> {
			List<Object[]> rows = jdbc.query("select name, count(*) over () as total from (" + sql
					+ ") as referrer order by name limit " + EXAMPLES,
					(rs, row) -> new Object[] { rs.getString(1), rs.getLong(2) }, id);
			if (!rows.isEmpty()) {
				found.add(new Reference(kind, (long) rows.get(0)[1],
						rows.stream().map((row) -> (String) row[0]).toList()));
			}
		});
		return found;
	}

}
