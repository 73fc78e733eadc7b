package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field on which an editor's input differs from the record as someone else saved it
 * meanwhile; the conflict page shows these side by side so the editor can merge.
 *
 * @param field the form field's name (for a link to it)
 * @param label the message key of the field's label
 * @param theirs the stored value, as shown
 * @param yours the editor's value, as shown
 */
public record FieldDifference(String field, String label, String theirs, String yours) {

	/**
	 * Compares two descriptions of the same form, field by field.
	 * @param labelPrefix the message key prefix of the labels, e.g. {@code party.form.}
	 * @param theirs each field's stored value, as shown, in form order
	 * @param yours each field's submitted value, as shown
	 * @return the fields that differ, in form order
	 */
	public static List<FieldDifference> between(String labelPrefix, Map<String, String> theirs,
			Map<String, String> yours) {
		List<FieldDifference> differences = new ArrayList<>();
		theirs.forEach((field, value) -> {
			String mine = yours.get(field);
			if (!Objects.equals(blankToNull(value), blankToNull(mine))) {
				differences.add(new FieldDifference(field, labelPrefix + field, value, mine));
			}
		});
		return differences;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
