package org.parley.proposal;

/**
 * How one proposal relates to another; read "proposal &lt;phrase&gt; related proposal".
 */
public enum RelationKind {

	PART_OF("part of"),

	EVOLVED_FROM("evolved from"),

	ALTERNATIVE_TO("alternative to"),

	SUPERSEDES("supersedes");

	private final String phrase;

	RelationKind(String phrase) {
		this.phrase = phrase;
	}

	public String phrase() {
		return this.phrase;
	}

}
