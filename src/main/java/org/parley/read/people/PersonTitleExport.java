package org.parley.read.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.parley.read.ClaimCitations;
import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The posts people held as of dates, as {@code person_titles.csv}, with their reports.
 */
@Component
public class PersonTitleExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("person_titles",
			ClaimCitations.columns(List.of(integer("person_title_id"), integer("person_id"), text("person"),
					text("title"), date("held_on"))),
			"person_title_id", List.of(new ForeignKey("person_id", "people", "person_id")));

	private static final String SELECT = "select pt.id, pe.id as person_id, pe.full_name as person, pt.title, "
			+ "pt.held_on, " + ClaimCitations.SELECT + ", pt.version, pt.updated_at\n";

	/** The titles, for their CSV export. */
	public static final Listing LISTING = new Listing(TABLE, "PersonTitle", SELECT, "from person_title pt\n",
			"join person pe on pe.id = pt.person_id\n"
					+ ClaimCitations.join("person_title_citation", "title_id", "pt.id"),
			"pt.id", PersonTitleExport::cells);

	PersonTitleExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return ClaimCitations.cells(new Object[] { rs.getLong("id"), rs.getLong("person_id"), rs.getString("person"),
				rs.getString("title"), rs.getObject("held_on", LocalDate.class) }, rs);
	}

}
