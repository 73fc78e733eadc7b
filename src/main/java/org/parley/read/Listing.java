package org.parley.read;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One record kind's rows, selected once for its CSV export, its API list and its API
 * record, so the three always say the same. The statements are put together from parts
 * the record's reader writes: {@code from} holds only what the filters need, so counting
 * and choosing a page's ids stays cheap; {@code joins} adds what the shown rows need.
 *
 * @param table the columns, as the CSV header, the codebook and the API schema name them
 * @param entityType the audited entity's name ({@code Position}), whose deletions the API
 * lists
 * @param select the select list, a value per column
 * @param from the {@code from} clause with the joins the filters refer to
 * @param joins further joins for the select list only, or an empty string
 * @param key the qualified id column ({@code po.id}) rows are ordered by
 * @param cells reads a row's cells, in the table's order
 */
public record Listing(CsvTable table, String entityType, String select, String from, String joins, String key,
		Cells cells, List<Nested> nested) {

	public Listing {
		nested = List.copyOf(nested);
	}

	/** A listing whose JSON records hold no other listing's rows. */
	public Listing(CsvTable table, String entityType, String select, String from, String joins, String key,
			Cells cells) {
		this(table, entityType, select, from, joins, key, cells, List.of());
	}

	/** The same listing, its JSON records holding {@code part}'s rows too. */
	public Listing with(Nested part) {
		List<Nested> all = new java.util.ArrayList<>(this.nested);
		all.add(part);
		return new Listing(this.table, this.entityType, this.select, this.from, this.joins, this.key, this.cells, all);
	}

	/**
	 * Another listing's rows that a record's JSON holds as an array (a position's
	 * arguments), read for a whole page in one statement; in CSV they are a file of their
	 * own.
	 *
	 * @param member the member holding them ({@code arguments})
	 * @param listing their listing
	 * @param parentKey its qualified column naming the record ({@code a.position_id})
	 * @param parentColumn that column as its table names it ({@code position_id})
	 */
	public record Nested(String member, Listing listing, String parentKey, String parentColumn) {

		String rows() {
			return this.listing.select + this.listing.from + this.listing.joins + "where " + this.parentKey
					+ " in (:ids) order by " + this.listing.key;
		}

	}

	/** When the record's own row was last written. */
	public String updatedAt() {
		return this.key.substring(0, this.key.indexOf('.')) + ".updated_at";
	}

	String stream(String where) {
		return this.select + this.from + this.joins + where + "\norder by " + this.key;
	}

	String count(String where) {
		return "select count(*) " + this.from + where + "\n";
	}

	String ids(String where) {
		return "select " + this.key + " " + this.from + where + "\norder by " + this.key
				+ " limit :limit offset :offset";
	}

	String rows() {
		return this.select + this.from + this.joins + "where " + this.key + " in (:ids) order by " + this.key;
	}

	/**
	 * {@code where} (a clause or an empty string, as the readers write them) narrowed by
	 * {@code condition}.
	 */
	public static String and(String where, String condition) {
		String existing = where.strip();
		if (existing.isEmpty()) {
			return "where " + condition + "\n";
		}
		return "where (" + existing.substring("where".length()).strip() + ") and " + condition + "\n";
	}

	/** Reads the cells of the current row. */
	@FunctionalInterface
	public interface Cells {

		Object[] of(ResultSet rs) throws SQLException;

	}

}
