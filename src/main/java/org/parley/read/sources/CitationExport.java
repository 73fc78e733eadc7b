package org.parley.read.sources;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.read.CsvRows;
import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Export;
import org.parley.read.Exports;
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
public class CitationExport implements Export {

	static final CsvTable TABLE = new CsvTable("citations",
			List.of(integer("citation_id"), integer("source_id"), text("source"),
					code("reliability", Reliability.class), grade("credibility", "Credibility", 1, 6), text("grade"),
					text("url"), text("headline"), date("published_on"), text("excerpt"), bool("anonymous"),
					text("anonymous_description"), integer("via_citation_id"), instant("updated_at")),
			"citation_id", List.of(new ForeignKey("via_citation_id", "citations", "citation_id")));

	private static final String ROWS = """
			select c.id, s.id as source_id, s.name as source, s.reliability, c.credibility, c.url, c.headline,
			       c.published_on, c.excerpt, c.anonymous, c.anonymous_description, c.via_citation_id, c.updated_at
			from citation c
			join source s on s.id = c.source_id
			""";

	private final Exports exports;

	CitationExport(Exports exports) {
		this.exports = exports;
	}

	@Override
	public CsvTable table() {
		return TABLE;
	}

	@Override
	public void writeAll(CsvRows rows) {
		write(null, rows);
	}

	/** The citations of one source, or of all when {@code sourceId} is null. */
	void write(Long sourceId, CsvRows rows) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("source", sourceId);
		String where = (sourceId != null) ? "where c.source_id = :source\n" : "";
		this.exports.stream(ROWS + where + "order by c.id", parameters, (rs) -> {
			String reliability = rs.getString("reliability");
			int credibility = rs.getInt("credibility");
			rows.row(rs.getLong("id"), rs.getLong("source_id"), rs.getString("source"), reliability, credibility,
					reliability + credibility, rs.getString("url"), rs.getString("headline"),
					rs.getObject("published_on", LocalDate.class), rs.getString("excerpt"), rs.getBoolean("anonymous"),
					rs.getString("anonymous_description"), rs.getObject("via_citation_id", Long.class),
					rs.getObject("updated_at", OffsetDateTime.class));
		});
	}

}
