package org.parley.audit;

import java.time.LocalDate;

/**
 * What the audit page is asked to show; every part is optional. Dates are UTC days, both
 * ends included.
 *
 * @param user a username, matched regardless of case
 * @param entityType an entity type such as {@code Source}
 * @param entityId one record's id (with the type)
 * @param action one kind of entry
 * @param from the first day
 * @param to the last day
 */
public record AuditFilter(String user, String entityType, String entityId, AuditAction action, LocalDate from,
		LocalDate to) {

	public AuditFilter {
		user = blankToNull(user);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
