package org.parley.topic;

/**
 * Another topic or region already has the name given, whatever the case: two records of
 * one issue or one place would split its proposals between them. Nothing was saved.
 */
public class NameTakenException extends RuntimeException {

	private final long existingId;

	private final String existingName;

	public NameTakenException(String kind, long existingId, String existingName) {
		super(kind + " #" + existingId + " is already called '" + existingName + "'");
		this.existingId = existingId;
		this.existingName = existingName;
	}

	/** The record that has the name. */
	public long getExistingId() {
		return this.existingId;
	}

	/** Its name as stored. */
	public String getExistingName() {
		return this.existingName;
	}

}
