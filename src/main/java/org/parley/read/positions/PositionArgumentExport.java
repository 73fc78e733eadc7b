package org.parley.read.positions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.parley.position.ArgumentKind;
import org.parley.read.ClaimCitations;
import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;
import org.parley.read.RowSink;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The arguments positions carry as {@code position_arguments.csv}, one row per argument:
 * its position, kind, words, quote, what it is about and the reports it rests on. The
 * positions' JSON carries the same rows as its {@code arguments}.
 */
@Component
public class PositionArgumentExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("position_arguments",
			ClaimCitations.columns(List.of(integer("argument_id"), integer("position_id"), integer("proposal_id"),
					integer("party_id"), text("party"), code("kind", ArgumentKind.class), text("argument"),
					text("quote"), integer("about_proposal_id"), text("about_proposal"), integer("about_topic_id"),
					text("about_topic"))),
			"argument_id",
			List.of(new ForeignKey("position_id", "positions", "position_id"),
					new ForeignKey("proposal_id", "proposals", "proposal_id"),
					new ForeignKey("party_id", "parties", "party_id"),
					new ForeignKey("about_proposal_id", "proposals", "proposal_id"),
					new ForeignKey("about_topic_id", "topics", "topic_id")));

	private static final String SELECT = "select a.id, a.position_id, po.proposal_id, po.party_id, pa.name as party, "
			+ "a.kind, a.argument, a.quote, a.about_proposal_id, ap.title as about_proposal, a.about_topic_id, "
			+ "t.name as about_topic, " + ClaimCitations.SELECT + ", a.version, a.updated_at\n";

	private static final String FROM = "from position_argument a\njoin position po on po.id = a.position_id\n";

	private static final String JOINS = "join party pa on pa.id = po.party_id\n"
			+ "left join proposal ap on ap.id = a.about_proposal_id\nleft join topic t on t.id = a.about_topic_id\n"
			+ ClaimCitations.join("position_argument_citation", "argument_id", "a.id");

	/** The arguments, for their CSV export and the positions' JSON. */
	public static final Listing LISTING = new Listing(TABLE, "PositionArgument", SELECT, FROM, JOINS, "a.id",
			PositionArgumentExport::cells);

	private final Exports exports;

	PositionArgumentExport(Exports exports) {
		super(LISTING, exports);
		this.exports = exports;
	}

	/**
	 * The arguments of the positions that pass {@code filter}, of {@code kind} if given.
	 */
	public void write(PositionFilter filter, ArgumentKind kind, RowSink rows) {
		MapSqlParameterSource parameters = Exports.parameters();
		String where = PositionExport.where(filter, parameters);
		if (kind != null) {
			where = Listing.and(where, "a.kind = :kind");
			parameters.addValue("kind", kind.name());
		}
		this.exports.stream(LISTING, where, parameters, rows);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return ClaimCitations.cells(new Object[] { rs.getLong("id"), rs.getLong("position_id"),
				rs.getLong("proposal_id"), rs.getLong("party_id"), rs.getString("party"), rs.getString("kind"),
				rs.getString("argument"), rs.getString("quote"), rs.getObject("about_proposal_id", Long.class),
				rs.getString("about_proposal"), rs.getObject("about_topic_id", Long.class),
				rs.getString("about_topic") }, rs);
	}

}
