package org.parley.alias;

/** A term that another alias group already has, whatever its capitals. */
public class AliasTermTakenException extends RuntimeException {

	private final String term;

	private final long groupId;

	AliasTermTakenException(String term, long groupId) {
		super("The alias term ‘" + term + "’ belongs to alias group " + groupId + ".");
		this.term = term;
		this.groupId = groupId;
	}

	public String getTerm() {
		return this.term;
	}

	public long getGroupId() {
		return this.groupId;
	}

}
