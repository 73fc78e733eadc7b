package org.parley.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One CSV export described once: its file name, its columns in order, and the keys that
 * tie it to the other files. The CSV header, the codebook and the dataset's Table Schema
 * are all read from it, so they cannot drift apart.
 *
 * @param name the file's name without {@code .csv} ("positions")
 * @param columns the columns, in the order of every row
 * @param primaryKey the column that identifies a row
 * @param foreignKeys columns holding the primary key of another file
 */
public record CsvTable(String name, List<Column> columns, String primaryKey, List<ForeignKey> foreignKeys) {

	/** Between the values of one cell that lists several (a position's citations). */
	public static final String LIST_SEPARATOR = " | ";

	public CsvTable {
		columns = List.copyOf(columns);
		foreignKeys = List.copyOf(foreignKeys);
	}

	/** The header row. */
	public String[] header() {
		return this.columns.stream().map(Column::name).toArray(String[]::new);
	}

	/** The file's name, with its extension. */
	public String fileName() {
		return this.name + ".csv";
	}

	/** A column of text. */
	public static Column text(String name) {
		return new Column(name, Type.STRING, null, List.of());
	}

	/** A column of whole numbers (ids and counts). */
	public static Column integer(String name) {
		return new Column(name, Type.INTEGER, null, List.of());
	}

	/** A column of ISO dates (2026-02-17). */
	public static Column date(String name) {
		return new Column(name, Type.DATE, null, List.of());
	}

	/** A column of ISO instants in UTC (2026-02-17T09:30:00Z). */
	public static Column instant(String name) {
		return new Column(name, Type.DATETIME, null, List.of());
	}

	/** A column of {@code true} or {@code false}. */
	public static Column bool(String name) {
		return new Column(name, Type.BOOLEAN, null, List.of());
	}

	/**
	 * A column holding one of an enumeration's names, listed in the codebook under its
	 * name.
	 */
	public static Column code(String name, Class<? extends Enum<?>> codes) {
		return new Column(name, Type.STRING, codes.getSimpleName(),
				Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
	}

	/**
	 * A column holding one of a numbered scale's grades, listed in the codebook as
	 * {@code codeList}.
	 */
	public static Column grade(String name, String codeList, int lowest, int highest) {
		return new Column(name, Type.INTEGER, codeList,
				IntStream.rangeClosed(lowest, highest).mapToObj(String::valueOf).toList());
	}

	/** The type of a column, named as the Frictionless Table Schema names it. */
	public enum Type {

		STRING, INTEGER, DATE, DATETIME, BOOLEAN;

		public String schemaName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A column; its description is the message {@code codebook.column.{table}.{name}}.
	 *
	 * @param name the header
	 * @param type what its values are
	 * @param codeList the codebook's list its values come from, or {@code null}
	 * @param values the values allowed, or an empty list for any
	 * @param listed whether a cell holds several values, separated by
	 * {@link #LIST_SEPARATOR} in CSV and an array in JSON
	 */
	public record Column(String name, Type type, String codeList, List<String> values, boolean listed) {

		public Column {
			values = List.copyOf(values);
		}

		Column(String name, Type type, String codeList, List<String> values) {
			this(name, type, codeList, values, false);
		}

		/** The same column, holding several values per cell. */
		public Column asList() {
			return new Column(this.name, this.type, this.codeList, this.values, true);
		}

		/**
		 * The type of the cell as a whole: a listed cell is text in CSV, whatever its
		 * values are.
		 */
		public Type cellType() {
			return this.listed ? Type.STRING : this.type;
		}

	}

	/**
	 * A column holding the primary key of {@code table}; empty cells refer to nothing.
	 */
	public record ForeignKey(String column, String table, String tableKey) {
	}

}
