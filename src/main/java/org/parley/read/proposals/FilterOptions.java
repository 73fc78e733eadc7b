package org.parley.read.proposals;

import java.util.List;

/** The choices the filter form offers, read from the database. */
public record FilterOptions(List<Option> negotiations, List<Option> topics, List<Option> regions,
		List<Option> parties) {

	/** One choice: the parameter value (a slug) and what the user sees. */
	public record Option(String value, String label) {
	}

}
