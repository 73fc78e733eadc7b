package org.parley.log;

import java.util.List;

/**
 * A quick log refused because something it names is not (or no longer) there, or does not
 * fit: each problem names the form field and the message that explains it. Nothing of the
 * log is saved.
 */
public class QuickLogRejectedException extends RuntimeException {

	private final transient List<Problem> problems;

	public QuickLogRejectedException(List<Problem> problems) {
		super("quick log refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * One field that is wrong.
	 *
	 * @param field the form field, e.g. {@code positions[2].partyId}
	 * @param code the message key saying why
	 */
	public record Problem(String field, String code) {

	}

}
