package org.parley.read.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The groups search results are shown in, in page order. */
public enum SearchGroup {

	ROUNDS, PROPOSALS, POSITIONS, PEOPLE, REPORTS;

	/** As written in the address, e.g. {@code kind=positions}. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<SearchGroup> fromParameter(String value) {
		return Arrays.stream(values()).filter((group) -> group.parameter().equals(value)).findFirst();
	}

	static String allowedParameters() {
		return Arrays.stream(values()).map(SearchGroup::parameter).collect(Collectors.joining(", "));
	}

}
