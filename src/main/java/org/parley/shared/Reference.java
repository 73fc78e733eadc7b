package org.parley.shared;

import java.util.List;

/**
 * Records of one kind that refer to another record, which therefore cannot be deleted.
 *
 * @param kind what refers, as a message key suffix, e.g. {@code positions}
 * @param count how many refer
 * @param examples the names of the first few
 */
public record Reference(String kind, long count, List<String> examples) {

	public Reference {
		examples = List.copyOf(examples);
	}

	/**
	 * @return whether more refer than are named
	 */
	public boolean hasMore() {
		return this.count > this.examples.size();
	}

}
