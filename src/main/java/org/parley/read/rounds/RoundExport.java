package org.parley.read.rounds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.read.CsvRows;
import org.parley.read.CsvTable;
import org.parley.read.Export;
import org.parley.read.Exports;
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
public class RoundExport implements Export {

	static final CsvTable TABLE = new CsvTable("rounds",
			List.of(integer("round_id"), text("negotiation"), text("slug"), text("title"), text("place"),
					date("starts_on"), date("ends_on"), code("format", RoundFormat.class),
					code("outcome", RoundOutcome.class), integer("mediator_id"), text("mediator"), text("parties"),
					integer("proposal_count"), text("summary"), instant("updated_at")),
			"round_id", List.of());

	private static final String ROWS = """
			select r.id, n.slug as negotiation, r.slug, r.title, r.place, r.starts_on, r.ends_on, r.format, r.outcome,
			       m.id as mediator_id, m.name as mediator,
			       (select string_agg(p.name, :separator order by p.name, p.id)
			        from round_party rp join party p on p.id = rp.party_id where rp.round_id = r.id) as parties,
			       (select count(*) from round_proposal rp where rp.round_id = r.id) as proposal_count,
			       r.summary, r.updated_at
			""";

	private final Exports exports;

	RoundExport(Exports exports) {
		this.exports = exports;
	}

	@Override
	public CsvTable table() {
		return TABLE;
	}

	@Override
	public void writeAll(CsvRows rows) {
		write(new TimelineFilter(null, null, null, null, null, null), rows);
	}

	/** The rounds the timeline shows for {@code filter}. */
	void write(TimelineFilter filter, CsvRows rows) {
		MapSqlParameterSource parameters = Exports.parameters();
		String where = TimelineReader.where(filter, parameters);
		this.exports.stream(ROWS + TimelineReader.FROM + where + " order by r.id", parameters,
				(rs) -> rows.row(rs.getLong("id"), rs.getString("negotiation"), rs.getString("slug"),
						rs.getString("title"), rs.getString("place"), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class), rs.getString("format"), rs.getString("outcome"),
						rs.getObject("mediator_id", Long.class), rs.getString("mediator"), rs.getString("parties"),
						rs.getLong("proposal_count"), rs.getString("summary"),
						rs.getObject("updated_at", OffsetDateTime.class)));
	}

}
