package org.parley.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the rows of one {@link CsvTable} as RFC 4180 CSV (commas, CRLF, a header row,
 * text in double quotes) as they arrive, so an export of any length holds one row in
 * memory. Dates are ISO, instants ISO in UTC, codes their names.
 * <p>
 * Text that a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe,
 * as OWASP recommends for CSV injection; the codebook says so.
 */
public final class CsvRows implements RowSink {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

	private final CsvTable table;

	private final CSVPrinter printer;

	private CsvRows(CsvTable table, CSVPrinter printer) {
		this.table = table;
		this.printer = printer;
	}

	/** Starts {@code table} on {@code out} with its header row. */
	public static CsvRows start(CsvTable table, Writer out) {
		try {
			CSVPrinter printer = new CSVPrinter(out, FORMAT);
			printer.printRecord((Object[]) table.header());
			return new CsvRows(table, printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void row(Object... cells) {
		if (cells.length != this.table.columns().size()) {
			throw new IllegalArgumentException(
					this.table.name() + " has " + this.table.columns().size() + " columns, not " + cells.length);
		}
		Object[] written = new Object[cells.length];
		for (int i = 0; i < cells.length; i++) {
			written[i] = cell(cells[i]);
		}
		try {
			this.printer.printRecord(written);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes out what is buffered; the writer stays open. */
	public void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Object cell(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Enum<?> code) {
			return code.name();
		}
		if (value instanceof java.time.Instant instant) {
			return DateTimeFormatter.ISO_INSTANT.format(instant);
		}
		if (value instanceof OffsetDateTime time) {
			return DateTimeFormatter.ISO_INSTANT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return neutralised(value.toString());
	}

	/** Text that a spreadsheet would take for a formula, made plain text. */
	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
