package org.parley.read;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects a page of a listing's rows as JSON objects: one member per column, named as
 * the CSV header names it, with its JSON type (numbers, booleans, ISO dates and instants,
 * arrays for cells that list several values, read with {@link #SEPARATOR} between them).
 * Unlike the CSV, text is sent as written: neutralising formulas is for spreadsheets.
 */
public final class JsonRows implements RowSink {

	/**
	 * Between the values of a listed cell in the rows the API reads: the ASCII unit
	 * separator, which no text the forms accept holds, so a name with " | " in it stays
	 * one value.
	 */
	public static final String SEPARATOR = "\u001F";

	private static final Pattern SPLIT = Pattern.compile(SEPARATOR);

	private final CsvTable table;

	private final List<Map<String, Object>> rows = new ArrayList<>();

	public JsonRows(CsvTable table) {
		this.table = table;
	}

	@Override
	public void row(Object... cells) {
		List<CsvTable.Column> columns = this.table.columns();
		if (cells.length != columns.size()) {
			throw new IllegalArgumentException(
					this.table.name() + " has " + columns.size() + " columns, not " + cells.length);
		}
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < cells.length; i++) {
			row.put(columns.get(i).name(), value(columns.get(i), cells[i]));
		}
		this.rows.add(row);
	}

	/** The rows collected, in the order they came. */
	public List<Map<String, Object>> rows() {
		return this.rows;
	}

	static Object value(CsvTable.Column column, Object cell) {
		if (column.listed()) {
			List<Object> values = new ArrayList<>();
			// No cell is no value; an empty part of a cell is one value that is empty (a
			// citation without an address), so parallel lists stay aligned.
			if (cell != null) {
				for (String value : SPLIT.split(cell.toString(), -1)) {
					values.add(value.isEmpty() ? null : single(column.type(), value));
				}
			}
			return values;
		}
		return single(column.type(), cell);
	}

	private static Object single(CsvTable.Type type, Object cell) {
		if (cell == null) {
			return null;
		}
		if (cell instanceof String text && type == CsvTable.Type.INTEGER) {
			return text.isEmpty() ? null : Long.valueOf(text);
		}
		if (cell instanceof Enum<?> code) {
			return code.name();
		}
		if (cell instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (cell instanceof Instant instant) {
			return instant.toString();
		}
		if (cell instanceof TemporalAccessor) {
			return cell.toString();
		}
		return cell;
	}

}
