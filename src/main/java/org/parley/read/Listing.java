package org.parley.read;

import java.sql.ResultSet;
import java.sql.SQLException;

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
		Cells cells) {

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
