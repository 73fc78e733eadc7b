package org.parley.read.changes;

import java.time.LocalDate;

/**
 * What {@code /changes} is asked to show; every part is optional. Dates are UTC days,
 * both ends included.
 *
 * @param negotiation a negotiation's slug: records that belong to it (itself, its rounds,
 * its proposals and the positions on them)
 * @param kind one kind of record
 * @param editor a username, matched regardless of case
 * @param from the first day ("since")
 * @param to the last day
 */
public record ChangeFilter(String negotiation, HistoryKind kind, String editor, LocalDate from, LocalDate to) {

	public ChangeFilter {
		negotiation = blankToNull(negotiation);
		editor = blankToNull(editor);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
