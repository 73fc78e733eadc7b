package org.parley.source;

/**
 * Someone else changed the source since the form was opened, or it is no longer in a
 * state the action applies to; nothing was saved.
 */
public class SourceConflictException extends RuntimeException {

	private final long sourceId;

	public SourceConflictException(long sourceId, String message) {
		super(message);
		this.sourceId = sourceId;
	}

	public long getSourceId() {
		return this.sourceId;
	}

}
