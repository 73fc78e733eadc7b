package org.parley.audit;

/**
 * One field's change in an audit entry, as text. A masked change (a password hash, a
 * secret, a token) records only that the field changed, never its values.
 *
 * @param from the value before, or {@code null} if there was none
 * @param to the value after, or {@code null} if there is none
 * @param masked whether the values are withheld
 */
public record Change(String from, String to, boolean masked) {

	/** Stands for a withheld value wherever a masked change is shown. */
	public static final String MASK = "(changed)";

	public static Change of(String from, String to) {
		return new Change(from, to, false);
	}

	public static Change withheld() {
		return new Change(null, null, true);
	}

}
