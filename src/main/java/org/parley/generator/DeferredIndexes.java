package org.parley.generator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of the largest tables (those no constraint relies on, whichever
 * migrations made them), dropped before loading and built again from their own
 * definitions afterwards: one build is far cheaper than a million index updates.
 */
final class DeferredIndexes {

	static final List<String> TABLES = List.of("citation", "position", "position_citation", "proposal_point",
			"round_proposal", "audit_event");

	private final List<String> definitions = new ArrayList<>();

	static DeferredIndexes drop(Statement statement) throws SQLException {
		DeferredIndexes indexes = new DeferredIndexes();
		List<String> names = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("""
				SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
				FROM pg_index i
				WHERE i.indrelid::regclass::text = ANY (string_to_array('%s', ','))
				  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
				ORDER BY 1""".formatted(String.join(",", TABLES)))) {
			while (rows.next()) {
				names.add(rows.getString("name"));
				indexes.definitions.add(rows.getString("definition"));
			}
		}
		for (String name : names) {
			statement.execute("DROP INDEX " + name);
		}
		return indexes;
	}

	long build(Statement statement) throws SQLException {
		for (String definition : this.definitions) {
			statement.execute(definition);
		}
		return this.definitions.size();
	}

}
