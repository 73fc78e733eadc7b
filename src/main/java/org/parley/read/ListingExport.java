package org.parley.read;

/**
 * The export of a listing without filters of its own (parties, sources, topics …): its
 * whole list, by id.
 */
public abstract class ListingExport implements Export {

	private final Listing listing;

	private final Exports exports;

	protected ListingExport(Listing listing, Exports exports) {
		this.listing = listing;
		this.exports = exports;
	}

	/** The listing exported. */
	public Listing listing() {
		return this.listing;
	}

	@Override
	public CsvTable table() {
		return this.listing.table();
	}

	@Override
	public void writeAll(CsvRows rows) {
		this.exports.stream(this.listing, "", Exports.parameters(), rows);
	}

}
