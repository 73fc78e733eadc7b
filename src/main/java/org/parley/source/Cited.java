package org.parley.source;

import org.parley.shared.Checks;

/**
 * A report cited for a claim, by id, and whether it supports or disputes it: what an
 * editor sets on a claim's citations.
 */
public record Cited(long citationId, Bearing bearing) {

	public Cited {
		Checks.required(bearing, "bearing");
	}

}
