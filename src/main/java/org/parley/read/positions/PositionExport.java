package org.parley.read.positions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
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
 * Every position as a row of {@code positions.csv}: who stood where on what, when, said
 * by whom, and the citations it rests on (each citation's id, address, source and grade,
 * in parallel lists separated by {@link CsvTable#LIST_SEPARATOR}, by citation id).
 */
@Component
public class PositionExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("positions",
			List.of(integer("position_id"), text("negotiation"), integer("proposal_id"), text("proposal"),
					integer("party_id"), text("party"), date("stated_on"),
					code("stated_on_precision", DatePrecision.class), code("stance", Stance.class), text("condition"),
					integer("speaker_id"), text("speaker"), text("speaker_title"), text("quote"), text("note"),
					integer("round_id"), text("round"), integer("citation_count"), integer("citation_ids").asList(),
					text("citation_urls").asList(), text("citation_sources").asList(),
					code("citation_reliability", Reliability.class).asList(),
					grade("citation_credibility", "Credibility", 1, 6).asList(), bool("anonymous"),
					integer("argument_count"), integer("precondition_of_ids").asList(),
					text("precondition_of").asList(), integer("version"), instant("updated_at")),
			"position_id",
			List.of(new ForeignKey("proposal_id", "proposals", "proposal_id"),
					new ForeignKey("party_id", "parties", "party_id"),
					new ForeignKey("speaker_id", "people", "person_id"),
					new ForeignKey("round_id", "rounds", "round_id")));

	// The citations are gathered per position from their index; a position without any
	// keeps a row with empty lists.
	private static final String SELECT = """
			select po.id, n.slug as negotiation, pr.id as proposal_id, pr.title as proposal, pa.id as party_id,
			       pa.name as party, po.stated_on, po.stated_on_precision, po.stance, po.condition, sp.id as speaker_id,
			       sp.full_name as speaker, sp.title as speaker_title, po.quote, po.note, r.id as round_id,
			       r.title as round, coalesce(c.count, 0) as citation_count, c.ids, c.urls, c.sources, c.reliability,
			       c.credibility, coalesce(c.anonymous, false) as anonymous,
			       (select count(*) from position_argument a where a.position_id = po.id) as argument_count,
			       pc.ids as precondition_ids, pc.titles as precondition_titles, po.version, po.updated_at
			""";

	// Only the position itself: counting and choosing a page's ids walk one index,
	// however
	// deep the page.
	private static final String FROM = """
			from position po
			""";

	private static final String JOINS = """
			join proposal pr on pr.id = po.proposal_id
			join negotiation n on n.id = pr.negotiation_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			left join round r on r.id = po.round_id
			left join lateral (
			    select count(*) as count,
			           string_agg(ci.id::text, :separator order by ci.id) as ids,
			           string_agg(coalesce(ci.url, ''), :separator order by ci.id) as urls,
			           string_agg(s.name, :separator order by ci.id) as sources,
			           string_agg(s.reliability, :separator order by ci.id) as reliability,
			           string_agg(ci.credibility::text, :separator order by ci.id) as credibility,
			           bool_or(ci.anonymous) as anonymous
			    from position_citation pc
			    join citation ci on ci.id = pc.citation_id
			    join source s on s.id = ci.source_id
			    where pc.position_id = po.id
			) c on true
			left join lateral (
			    select string_agg(cp.id::text, :separator order by cp.id) as ids,
			           string_agg(cp.title, :separator order by cp.id) as titles
			    from position_precondition x join proposal cp on cp.id = x.proposal_id
			    where x.position_id = po.id
			) pc on true
			""";

	/** The positions, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Position", SELECT, FROM, JOINS, "po.id",
			PositionExport::cells)
		.with(new Listing.Nested("arguments", PositionArgumentExport.LISTING, "a.position_id", "position_id"));

	private final Exports exports;

	PositionExport(Exports exports) {
		super(LISTING, exports);
		this.exports = exports;
	}

	/** The positions that pass {@code filter}, by id. */
	public void write(PositionFilter filter, RowSink rows) {
		MapSqlParameterSource parameters = Exports.parameters();
		this.exports.stream(LISTING, where(filter, parameters), parameters, rows);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("negotiation"), rs.getLong("proposal_id"),
				rs.getString("proposal"), rs.getLong("party_id"), rs.getString("party"),
				rs.getObject("stated_on", LocalDate.class), rs.getString("stated_on_precision"), rs.getString("stance"),
				rs.getString("condition"), rs.getObject("speaker_id", Long.class), rs.getString("speaker"),
				rs.getString("speaker_title"), rs.getString("quote"), rs.getString("note"),
				rs.getObject("round_id", Long.class), rs.getString("round"), rs.getLong("citation_count"),
				rs.getString("ids"), rs.getString("urls"), rs.getString("sources"), rs.getString("reliability"),
				rs.getString("credibility"), rs.getBoolean("anonymous"), rs.getLong("argument_count"),
				rs.getString("precondition_ids"), rs.getString("precondition_titles"), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

	static String where(PositionFilter filter, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		add(conditions, parameters,
				"po.proposal_id in (select np.id from proposal np join negotiation nn on nn.id = np.negotiation_id "
						+ "where nn.slug = :negotiation)",
				"negotiation", filter.negotiation());
		add(conditions, parameters, "po.proposal_id = :proposal", "proposal", filter.proposal());
		add(conditions, parameters, "po.party_id = :party", "party", filter.party());
		add(conditions, parameters, "po.round_id = :round", "round", filter.round());
		add(conditions, parameters, "po.stance = :stance", "stance",
				(filter.stance() != null) ? filter.stance().name() : null);
		add(conditions, parameters, "po.stated_on >= :from", "from", filter.from());
		add(conditions, parameters, "po.stated_on <= :to", "to", filter.to());
		if (filter.evidence().isActive()) {
			conditions.add(filter.evidence().positionCondition("po.id", parameters));
		}
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
	}

	private static void add(List<String> conditions, MapSqlParameterSource parameters, String condition, String name,
			Object value) {
		if (value != null) {
			conditions.add(condition);
			parameters.addValue(name, value);
		}
	}

}
