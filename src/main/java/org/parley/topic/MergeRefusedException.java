package org.parley.topic;

/** A merge that cannot be made as asked; nothing was changed. */
public class MergeRefusedException extends RuntimeException {

	/** Why. */
	public enum Reason {

		/** The record to keep is the one merged. */
		SAME,

		/** The record to keep no longer exists (merged away or deleted meanwhile). */
		GONE

	}

	private final Reason reason;

	public MergeRefusedException(Reason reason) {
		super("merge refused: " + reason);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

}
