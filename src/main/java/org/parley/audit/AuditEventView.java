package org.parley.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One audit row as the audit page shows it. Every text was escaped before it was stored;
 * the page escapes it again as HTML.
 */
public record AuditEventView(long id, Instant occurredAt, String actor, String actorAddress, String action,
		String entityType, String entityId, List<FieldChange> changes, String detail) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String occurredAtUtc() {
		return UTC.format(this.occurredAt);
	}

	/**
	 * One field's change as "field: from → to", a missing value as an em dash.
	 *
	 * @param field the field
	 * @param from the value before, or {@code null}
	 * @param to the value after, or {@code null}
	 * @param masked whether the values are withheld
	 */
	public record FieldChange(String field, String from, String to, boolean masked) {

		public String text() {
			if (this.masked) {
				return this.field + ": " + Change.MASK;
			}
			return this.field + ": " + orDash(this.from) + " → " + orDash(this.to);
		}

		private static String orDash(String value) {
			return (value != null) ? value : "—";
		}

	}

}
