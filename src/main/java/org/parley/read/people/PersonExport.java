package org.parley.read.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/** The people (delegates, envoys, speakers) as {@code people.csv}. */
@Component
public class PersonExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("people",
			List.of(integer("person_id"), text("slug"), text("full_name"), text("native_name"), text("title"),
					integer("party_id"), text("party"), text("titles_held").asList(), date("titles_held_on").asList(),
					integer("version"), instant("updated_at")),
			"person_id", List.of(new ForeignKey("party_id", "parties", "party_id")));

	private static final String SELECT = """
			select pe.id, pe.slug, pe.full_name, pe.native_name, pe.title, pa.id as party_id, pa.name as party,
			       (select string_agg(pt.title, :separator order by pt.held_on, pt.id) from person_title pt
			        where pt.person_id = pe.id) as titles_held,
			       (select string_agg(pt.held_on::text, :separator order by pt.held_on, pt.id) from person_title pt
			        where pt.person_id = pe.id) as titles_held_on,
			       pe.version, pe.updated_at
			""";

	/** The people, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Person", SELECT, "from person pe\n",
			"left join party pa on pa.id = pe.party_id\n", "pe.id", PersonExport::cells);

	PersonExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("slug"), rs.getString("full_name"),
				rs.getString("native_name"), rs.getString("title"), rs.getObject("party_id", Long.class),
				rs.getString("party"), rs.getString("titles_held"), rs.getString("titles_held_on"),
				rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
