package org.parley.read.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.parley.position.Stance;

/**
 * One line of {@code /changes}. A position's new stance, or a corrected one, reads as a
 * sentence ({@link #stanceChange()}); every other change names the record, who changed it
 * and which fields.
 *
 * @param id the audit row's id
 * @param at when, UTC
 * @param actor who, or {@code null} for the application itself
 * @param action CREATE, UPDATE, DELETE or another recorded action
 * @param kind the kind of record
 * @param recordId the record's id
 * @param label what the record is called (a title, a name, "Russia on …" for a position)
 * @param fields the fields that changed, as recorded (Java property names; a part's rows
 * as {@code points}, {@code relations}, {@code proposals}, {@code citations})
 * @param fieldLabels the same as the record's form names them ("Title", "Topics"), in the
 * form's order, bookkeeping left out
 * @param readPage the record's read page, or {@code null} (deleted, or none of its own)
 * @param partyId a position's party
 * @param partyName its name
 * @param proposalId a position's proposal
 * @param proposalTitle its title
 * @param previousStance the stance before (a constant name), or {@code null} for no
 * position
 * @param stance the stance after (a constant name), or {@code null} when it did not
 * change
 * @param previousCondition the condition before, when the stance before was conditional
 * @param condition the condition after, when the stance after is conditional
 * @param statedOn the date the position was stated
 */
public record ChangeEntry(long id, Instant at, String actor, String action, HistoryKind kind, long recordId,
		String label, List<String> fields, List<String> fieldLabels, String readPage, Long partyId, String partyName,
		Long proposalId, String proposalTitle, String previousStance, String stance, String previousCondition,
		String condition, LocalDate statedOn) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/**
	 * Whether this line reads as a stance sentence: a new position or a changed stance.
	 */
	public boolean stanceChange() {
		return this.kind == HistoryKind.POSITIONS && this.stance != null
				&& ("CREATE".equals(this.action) || "UPDATE".equals(this.action));
	}

	public ChangeEntry {
		previousCondition = "CONDITIONAL".equals(previousStance) ? previousCondition : null;
		condition = "CONDITIONAL".equals(stance) ? condition : null;
	}

	/**
	 * The stance before with its condition ("conditional (with monitors)"), or
	 * {@code null} for no position: a new condition is a change even when the stance
	 * stays conditional.
	 */
	public String previousStanceSaid() {
		return said(previousStanceWord(), this.previousCondition);
	}

	/** The stance after with its condition. */
	public String stanceSaid() {
		return said(stanceWord(), this.condition);
	}

	private static String said(String word, String condition) {
		return (word == null || condition == null) ? word : word + " (" + condition + ")";
	}

	/** The stance before, as a word ("opposes"), or {@code null} for no position. */
	public String previousStanceWord() {
		return word(this.previousStance);
	}

	/** The stance after, as a word ("conditional"). */
	public String stanceWord() {
		return word(this.stance);
	}

	private static String word(String stance) {
		if (stance == null) {
			return null;
		}
		try {
			return Stance.valueOf(stance).word();
		}
		catch (IllegalArgumentException ex) {
			return stance.toLowerCase(java.util.Locale.ROOT);
		}
	}

	public String atUtc() {
		return UTC.format(this.at);
	}

	public String historyPage() {
		return "/" + this.kind.path() + "/" + this.recordId + "/history";
	}

}
