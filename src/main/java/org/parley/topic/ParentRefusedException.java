package org.parley.topic;

/**
 * A region cannot lie within the region chosen: it does not exist (any more), or it is
 * the region itself or lies within it. Nothing was saved.
 */
public class ParentRefusedException extends RuntimeException {

	private final boolean missing;

	public ParentRefusedException(String message, boolean missing) {
		super(message);
		this.missing = missing;
	}

	/** Whether the region chosen does not exist, rather than lying within this one. */
	public boolean isMissing() {
		return this.missing;
	}

}
