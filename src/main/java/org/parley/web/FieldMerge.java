package org.parley.web;

/**
 * One field of a record two editors saved, as a three-way merge sees it.
 *
 * @param field the form field's name
 * @param label the message key of its label
 * @param base its value when the editor opened the form, as shown
 * @param theirs its value as the other editor saved it
 * @param yours the value the editor sent
 * @param outcome what the merge did with it
 */
public record FieldMerge(String field, String label, String base, String theirs, String yours, Outcome outcome) {

	/** What a merge does with a field. */
	public enum Outcome {

		/** Only the other editor changed it: their value is taken. */
		THEIRS_TAKEN,
		/** Only this editor changed it: kept. */
		YOURS_KEPT,
		/** Both changed it, to different values: the editor must choose. */
		CHOOSE

	}

	public boolean mustChoose() {
		return this.outcome == Outcome.CHOOSE;
	}

}
