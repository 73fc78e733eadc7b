package org.parley.generator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of the largest tables (those no constraint relies on, whichever
 * migrations made them) and their foreign keys, dropped before loading and made again
 * from their own definitions afterwards: one index build is far cheaper than a million
 * index updates, and a foreign key added to a full table checks every row in one join
 * instead of one lookup per inserted row. All inside the load's transaction, so no other
 * session ever sees a table without them.
 */
final class DeferredIndexes {

	static final List<String> TABLES = List.of("citation", "proposal", "proposal_point", "proposal_relation",
			"proposal_citation", "round_proposal", "round_proposal_citation", "position", "position_citation",
			"audit_event", "current_position", "record_change", "proposal_activity");

	private final List<String> definitions = new ArrayList<>();

	/** Table, name and definition of each foreign key dropped. */
	private final List<String[]> foreignKeys = new ArrayList<>();

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
		try (ResultSet rows = statement.executeQuery("""
				SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
				FROM pg_constraint c
				WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY (string_to_array('%s', ','))
				ORDER BY 1, 2""".formatted(String.join(",", TABLES)))) {
			while (rows.next()) {
				indexes.foreignKeys.add(new String[] { rows.getString("table_name"), rows.getString("conname"),
						rows.getString("definition") });
			}
		}
		for (String[] key : indexes.foreignKeys) {
			statement.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
		}
		return indexes;
	}

	/** Builds the indexes again; returns how many. */
	long build(Statement statement) throws SQLException {
		for (String definition : this.definitions) {
			statement.execute(definition);
		}
		return this.definitions.size();
	}

	/** Adds the foreign keys again, each checked against every row; returns how many. */
	long constrain(Statement statement) throws SQLException {
		for (String[] key : this.foreignKeys) {
			statement.execute("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
		}
		return this.foreignKeys.size();
	}

}
