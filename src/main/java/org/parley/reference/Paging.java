package org.parley.reference;

import org.springframework.data.domain.PageRequest;

/** Odd paging values are clamped, never refused: page below 0 is 0, size 1 to 100. */
final class Paging {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	private Paging() {
	}

	static PageRequest of(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
