package org.parley.read.parties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.party.PartyKind;
import org.parley.read.CsvTable;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/** The parties as {@code parties.csv}. */
@Component
public class PartyExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable(
			"parties", List.of(integer("party_id"), text("slug"), text("name"), text("short_name"),
					code("kind", PartyKind.class), text("country_code"), integer("version"), instant("updated_at")),
			"party_id", List.of());

	private static final String SELECT = """
			select pa.id, pa.slug, pa.name, pa.short_name, pa.kind, pa.country_code, pa.version, pa.updated_at
			""";

	/** The parties, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Party", SELECT, "from party pa\n", "", "pa.id",
			PartyExport::cells);

	PartyExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("kind"), rs.getString("country_code"), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
