package org.parley.read;

/**
 * Where a listing's rows go, a cell per column of its {@link CsvTable}: a CSV download
 * ({@link CsvRows}) or an API page ({@link JsonRows}).
 */
public interface RowSink {

	/** One row, a cell per column of the table. */
	void row(Object... cells);

}
