package org.parley.read;

/**
 * A record kind's CSV export, written by the reader that serves its page: the whole
 * record for the dataset download, and its description for the codebook.
 */
public interface Export {

	/** What the file holds. */
	CsvTable table();

	/** Every row, unfiltered, in the order of the table's key. */
	void writeAll(CsvRows rows);

}
