package org.parley.position;

/**
 * Where a party stands on a proposal. Always shown as word and symbol; colour is only a
 * help, never the sole carrier of meaning.
 */
public enum Stance {

	SUPPORTS("✓", "supports", "accepts the proposal as it stands"),

	CONDITIONAL("◐", "conditional", "accepts it if a stated condition is met"),

	OPEN("?", "open", "willing to discuss, no commitment"),

	UNCLEAR("~", "unclear", "reported statements conflict or are ambiguous"),

	OPPOSES("✗", "opposes", "against it, but still negotiating on it"),

	REJECTS("⊘", "rejects", "refuses it outright");

	private final String symbol;

	private final String word;

	private final String meaning;

	Stance(String symbol, String word, String meaning) {
		this.symbol = symbol;
		this.word = word;
		this.meaning = meaning;
	}

	public String symbol() {
		return this.symbol;
	}

	/**
	 * The stance as a lowercase word, e.g. "supports".
	 * @return the word
	 */
	public String word() {
		return this.word;
	}

	public String meaning() {
		return this.meaning;
	}

	/**
	 * Symbol and word together, e.g. "✓ supports".
	 * @return the label to show
	 */
	public String label() {
		return this.symbol + " " + this.word;
	}

}
