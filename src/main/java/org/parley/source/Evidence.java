package org.parley.source;

import java.util.List;

/** The reports behind one claim, each supporting or disputing it. */
public record Evidence(List<Item> items) {

	public static final Evidence NONE = new Evidence(List.of());

	public long supporting() {
		return this.items.stream().filter((item) -> item.bearing() == Bearing.SUPPORTS).count();
	}

	public long disputing() {
		return this.items.stream().filter((item) -> item.bearing() == Bearing.DISPUTES).count();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** One report bearing on the claim. */
	public record Item(CitationView citation, Bearing bearing) {
	}

}
