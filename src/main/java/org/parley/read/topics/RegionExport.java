package org.parley.read.topics;

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

import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/** The regions proposals concern, as {@code regions.csv}, each with its parent region. */
@Component
public class RegionExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("regions",
			List.of(integer("region_id"), text("slug"), text("name"), text("country_code"), integer("parent_id"),
					integer("version"), instant("updated_at")),
			"region_id", List.of(new ForeignKey("parent_id", "regions", "region_id")));

	private static final String SELECT = """
			select g.id, g.slug, g.name, g.country_code, g.parent_id, g.version, g.updated_at
			""";

	/** The regions, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Region", SELECT, "from region g\n", "", "g.id",
			RegionExport::cells);

	RegionExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("country_code"), rs.getObject("parent_id", Long.class), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
