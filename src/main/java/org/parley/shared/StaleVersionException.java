package org.parley.shared;

/**
 * A record changed after the editor opened it: the version their form carries is not the
 * stored one. Nothing was saved.
 */
public class StaleVersionException extends RuntimeException {

	private final String kind;

	private final long id;

	public StaleVersionException(String kind, long id) {
		super(kind + " #" + id + " changed after the form was opened");
		this.kind = kind;
		this.id = id;
	}

	public String getKind() {
		return this.kind;
	}

	public long getId() {
		return this.id;
	}

}
