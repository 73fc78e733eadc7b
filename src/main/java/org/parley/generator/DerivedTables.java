package org.parley.generator;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The triggers that keep derived tables ({@code current_position}, {@code record_count},
 * {@code record_change}, {@code proposal_activity}, {@code position_evidence},
 * {@code proposal_evidence}) as rows are inserted, disabled for the load (by the table's
 * owner, inside the load's transaction) and enabled again before it commits; the
 * {@code 80-derived} stage fills each derived table once, set-based, with what the
 * triggers would have made. Statement triggers on million-row statements would otherwise
 * keep every inserted row a second time and fold them one statement at a time.
 */
final class DerivedTables {

	/** Table and trigger: every insert trigger of a table the generator writes to. */
	static final List<List<String>> TRIGGERS = List.of(List.of("position", "current_position_insert_tg"),
			List.of("negotiation", "negotiation_count_insert_tg"), List.of("round", "round_count_insert_tg"),
			List.of("proposal", "proposal_count_insert_tg"), List.of("position", "position_count_insert_tg"),
			List.of("source", "source_count_insert_tg"), List.of("citation", "citation_count_insert_tg"),
			List.of("audit_event", "record_change_insert_tg"),
			List.of("proposal", "proposal_activity_proposal_insert_tg"),
			List.of("position", "proposal_activity_position_insert_tg"),
			List.of("position_citation", "position_evidence_link_insert_tg"),
			List.of("current_position", "current_position_copy_evidence_tg"),
			List.of("current_position", "proposal_evidence_insert_tg"),
			// 80-derived copies each position's evidence to its current stance, then sums
			// it up.
			List.of("current_position", "proposal_evidence_update_tg"),
			// A bulk load is no news: it tells no webhook endpoint anything.
			List.of("position", "webhook_position_insert_tg"), List.of("round", "webhook_round_insert_tg"),
			List.of("proposal", "webhook_proposal_insert_tg"));

	private DerivedTables() {
	}

	static void disable(Statement statement) throws SQLException {
		alter(statement, "DISABLE");
	}

	static void enable(Statement statement) throws SQLException {
		alter(statement, "ENABLE");
	}

	private static void alter(Statement statement, String change) throws SQLException {
		for (List<String> trigger : TRIGGERS) {
			statement.execute("ALTER TABLE " + trigger.get(0) + " " + change + " TRIGGER " + trigger.get(1));
		}
	}

}
