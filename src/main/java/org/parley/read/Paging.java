package org.parley.read;

import org.springframework.data.domain.PageRequest;

/** Odd paging values are clamped, never refused: page below 0 is 0, size 1 to 100. */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	public static PageRequest of(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
