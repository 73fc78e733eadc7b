package org.parley.audit;

/**
 * Makes text safe to store and show in the audit trail: every control character (CR and
 * LF above all) and every invisible line or direction mark is written out as an escape,
 * so no entry can pose as two, and a backslash is doubled so an escape cannot be faked.
 */
public final class AuditText {

	private AuditText() {
	}

	/**
	 * The text with control characters escaped ({@code \r}, {@code \n}, {@code \t},
	 * otherwise {@code \}{@code uXXXX}) and cut to {@code maxLength} characters, an
	 * ellipsis marking the cut.
	 * @param value any text, or {@code null}
	 * @param maxLength the most characters to keep (at least 2)
	 * @return the escaped text, or {@code null} for {@code null}
	 */
	public static String escape(String value, int maxLength) {
		if (value == null) {
			return null;
		}
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length() && escaped.length() <= maxLength; i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case '\r' -> escaped.append("\\r");
				case '\n' -> escaped.append("\\n");
				case '\t' -> escaped.append("\\t");
				default -> {
					if (needsEscape(c)) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		if (escaped.length() > maxLength) {
			int cut = maxLength - 1;
			if (Character.isHighSurrogate(escaped.charAt(cut - 1))) {
				cut--;
			}
			escaped.setLength(cut);
			escaped.append('…');
		}
		return escaped.toString();
	}

	private static boolean needsEscape(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
				|| (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\ufeff';
	}

}
