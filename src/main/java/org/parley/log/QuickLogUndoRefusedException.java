package org.parley.log;

/**
 * A log cannot be undone: a record it created was changed or removed since, or another
 * record now refers to it. Nothing was removed.
 */
public class QuickLogUndoRefusedException extends RuntimeException {

	private final String kind;

	private final long id;

	QuickLogUndoRefusedException(String kind, long id, Throwable cause) {
		super(kind + " #" + id + " was changed or is referred to since the log", cause);
		this.kind = kind;
		this.id = id;
	}

	/**
	 * The kind of record that holds the undo back ({@code Position}, {@code Round} …).
	 */
	public String getKind() {
		return this.kind;
	}

	public long getId() {
		return this.id;
	}

}
