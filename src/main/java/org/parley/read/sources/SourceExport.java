package org.parley.read.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;
import org.parley.source.Reliability;
import org.parley.source.SourceKind;
import org.parley.source.SourceStatus;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/** The sources as {@code sources.csv}, each with its reliability grade. */
@Component
public class SourceExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("sources",
			List.of(integer("source_id"), text("slug"), text("name"), code("kind", SourceKind.class), text("homepage"),
					text("country_code"), text("language"), code("reliability", Reliability.class),
					text("reliability_note"), code("status", SourceStatus.class), integer("merged_into_id"),
					integer("version"), instant("updated_at")),
			"source_id", List.of(new ForeignKey("merged_into_id", "sources", "source_id")));

	private static final String SELECT = """
			select s.id, s.slug, s.name, s.kind, s.homepage, s.country_code, s.language, s.reliability,
			       s.reliability_note, s.status, s.merged_into_id, s.version, s.updated_at
			""";

	/** The sources, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Source", SELECT, "from source s\n", "", "s.id",
			SourceExport::cells);

	SourceExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
				rs.getString("homepage"), rs.getString("country_code"), rs.getString("language"),
				rs.getString("reliability"), rs.getString("reliability_note"), rs.getString("status"),
				rs.getObject("merged_into_id", Long.class), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
