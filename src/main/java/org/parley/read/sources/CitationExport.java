package org.parley.read.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.ListingExport;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.RowSink;
import org.parley.source.Reliability;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.bool;
import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.grade;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The citations as {@code citations.csv}: each report with its source, its Admiralty
 * grade (the source's reliability and the report's credibility), and the report it came
 * via; of one source (its page links here) or of the whole record, by id.
 */
@Component
public class CitationExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("citations", List.of(integer("citation_id"), integer("source_id"),
			text("source"), code("reliability", Reliability.class), grade("credibility", "Credibility", 1, 6),
			text("grade"), text("url"), text("headline"), date("published_on"), text("excerpt"), bool("anonymous"),
			text("anonymous_description"), integer("via_citation_id"), integer("version"), instant("updated_at")),
			"citation_id", List.of(new ForeignKey("via_citation_id", "citations", "citation_id"),
					new ForeignKey("source_id", "sources", "source_id")));

	private static final String SELECT = """
			select c.id, s.id as source_id, s.name as source, s.reliability, c.credibility, c.url, c.headline,
			       c.published_on, c.excerpt, c.anonymous, c.anonymous_description, c.via_citation_id, c.version,
			       c.updated_at
			""";

	private static final String FROM = """
			from citation c
			""";

	private static final String JOINS = """
			join source s on s.id = c.source_id
			""";

	/** The citations, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Citation", SELECT, FROM, JOINS, "c.id",
			CitationExport::cells);

	private final Exports exports;

	CitationExport(Exports exports) {
		super(LISTING, exports);
		this.exports = exports;
	}

	/** The citations of one source, or of all when {@code sourceId} is null. */
	void write(Long sourceId, RowSink rows) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		this.exports.stream(LISTING, where(sourceId, parameters), parameters, rows);
	}

	static String where(Long sourceId, MapSqlParameterSource parameters) {
		if (sourceId == null) {
			return "";
		}
		parameters.addValue("source", sourceId);
		return "where c.source_id = :source\n";
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		String reliability = rs.getString("reliability");
		int credibility = rs.getInt("credibility");
		return new Object[] { rs.getLong("id"), rs.getLong("source_id"), rs.getString("source"), reliability,
				credibility, reliability + credibility, rs.getString("url"), rs.getString("headline"),
				rs.getObject("published_on", LocalDate.class), rs.getString("excerpt"), rs.getBoolean("anonymous"),
				rs.getString("anonymous_description"), rs.getObject("via_citation_id", Long.class),
				rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
