package org.parley.read.rounds;

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
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The rounds as {@code rounds.csv}, filtered as the timeline is ({@link TimelineReader}'s
 * conditions), by id.
 */
@Component
public class RoundExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("rounds", List.of(integer("round_id"), text("negotiation"), text("slug"),
			text("title"), text("place"), date("starts_on"), date("ends_on"), code("format", RoundFormat.class),
			code("outcome", RoundOutcome.class), integer("mediator_id"), text("mediator"), text("parties").asList(),
			integer("proposal_count"), text("summary"), integer("version"), instant("updated_at")), "round_id",
			List.of(new ForeignKey("mediator_id", "parties", "party_id")));

	private static final String SELECT = """
			select r.id, n.slug as negotiation, r.slug, r.title, r.place, r.starts_on, r.ends_on, r.format, r.outcome,
			       m.id as mediator_id, m.name as mediator,
			       (select string_agg(p.name, :separator order by p.name, p.id)
			        from round_party rp join party p on p.id = rp.party_id where rp.round_id = r.id) as parties,
			       (select count(*) from round_proposal rp where rp.round_id = r.id) as proposal_count,
			       r.summary, r.version, r.updated_at
			""";

	/** The rounds, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Round", SELECT, TimelineReader.FROM, "", "r.id",
			RoundExport::cells);

	private final Exports exports;

	RoundExport(Exports exports) {
		super(LISTING, exports);
		this.exports = exports;
	}

	/** The rounds the timeline shows for {@code filter}. */
	void write(TimelineFilter filter, RowSink rows) {
		MapSqlParameterSource parameters = Exports.parameters();
		this.exports.stream(LISTING, TimelineReader.where(filter, parameters), parameters, rows);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("negotiation"), rs.getString("slug"),
				rs.getString("title"), rs.getString("place"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("format"), rs.getString("outcome"),
				rs.getObject("mediator_id", Long.class), rs.getString("mediator"), rs.getString("parties"),
				rs.getLong("proposal_count"), rs.getString("summary"), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
