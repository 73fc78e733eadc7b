package org.parley.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Admiralty grade, the source's reliability and the information's credibility, e.g.
 * "B2". One grade reaches another when it is at least as good on both scales: B1 reaches
 * B2, A3 does not (its information is less credible), nor does C1 (its source is less
 * reliable).
 *
 * @param reliability the source's reliability, A best
 * @param credibility the information's credibility, 1 best
 */
public record Grade(Reliability reliability, int credibility) {

	private static final Pattern CODE = Pattern.compile("([A-Fa-f])([1-6])");

	public Grade {
		if (reliability == null || credibility < 1 || credibility > 6) {
			throw new IllegalArgumentException("a grade is a letter A to F and a digit 1 to 6");
		}
	}

	/**
	 * Reads a grade as written ("B2", "b2"); named {@code valueOf} so that request
	 * parameters bind to it.
	 * @param code the grade
	 * @return the grade
	 * @throws IllegalArgumentException if it is not a letter A–F and a digit 1–6
	 */
	public static Grade valueOf(String code) {
		Matcher matcher = CODE.matcher((code != null) ? code.strip() : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException("a grade is a letter A to F and a digit 1 to 6, such as B2");
		}
		return new Grade(Reliability.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)),
				Integer.parseInt(matcher.group(2)));
	}

	/** Every grade, best first by reliability then credibility: A1, A2 … F6. */
	public static List<Grade> all() {
		List<Grade> grades = new ArrayList<>();
		for (Reliability reliability : Reliability.values()) {
			for (int credibility = 1; credibility <= 6; credibility++) {
				grades.add(new Grade(reliability, credibility));
			}
		}
		return List.copyOf(grades);
	}

	/** Whether this grade is at least as good as {@code threshold} on both scales. */
	public boolean reaches(Grade threshold) {
		return this.reliability.compareTo(threshold.reliability) <= 0 && this.credibility <= threshold.credibility;
	}

	/** The grade as written, e.g. "B2". */
	public String code() {
		return this.reliability.name() + this.credibility;
	}

	@Override
	public String toString() {
		return code();
	}

}
