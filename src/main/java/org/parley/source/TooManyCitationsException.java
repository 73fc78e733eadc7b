package org.parley.source;

/**
 * A claim already holds as many reports as its form can show: a further one is refused
 * where it is added, so that the claim's form stays bounded and can still be saved.
 */
public class TooManyCitationsException extends RuntimeException {

	private final int capacity;

	public TooManyCitationsException(int capacity) {
		super("a claim holds at most " + capacity + " citations");
		this.capacity = capacity;
	}

	public int getCapacity() {
		return this.capacity;
	}

}
