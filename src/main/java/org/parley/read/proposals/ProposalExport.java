package org.parley.read.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.proposal.Disclosure;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.read.CsvTable;
import org.parley.read.ListingExport;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.RowSink;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The proposals as {@code proposals.csv}, filtered as the list is
 * ({@link ProposalFinder}'s conditions), by id; proposers, topics and regions as lists.
 */
@Component
public class ProposalExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("proposals",
			List.of(integer("proposal_id"), text("negotiation"), text("slug"), text("title"), text("summary"),
					code("status", ProposalStatus.class), code("disclosure", Disclosure.class),
					date("first_reported_on"), text("proposed_by").asList(), text("topics").asList(),
					text("regions").asList(), integer("point_count"), text("points").asList(),
					code("relation_kinds", RelationKind.class).asList(), integer("related_proposal_ids").asList(),
					integer("version"), instant("updated_at")),
			"proposal_id", List.of());

	private static final String SELECT = """
			select p.id, n.slug as negotiation, p.slug, p.title, p.summary, p.status, p.disclosure, p.first_reported_on,
			       (select string_agg(pa.name, :separator order by pa.name, pa.id)
			        from proposal_proposer pp join party pa on pa.id = pp.party_id where pp.proposal_id = p.id) as proposed_by,
			       (select string_agg(t.slug, :separator order by t.slug)
			        from proposal_topic pt join topic t on t.id = pt.topic_id where pt.proposal_id = p.id) as topics,
			       (select string_agg(r.slug, :separator order by r.slug)
			        from proposal_region pr join region r on r.id = pr.region_id where pr.proposal_id = p.id) as regions,
			       (select count(*) from proposal_point point where point.proposal_id = p.id) as point_count,
			       (select string_agg(concat_ws(' ', point.label, point.text), :separator order by point.ordinal)
			        from proposal_point point where point.proposal_id = p.id) as points,
			       (select string_agg(rel.kind, :separator order by rel.id)
			        from proposal_relation rel where rel.proposal_id = p.id) as relation_kinds,
			       (select string_agg(rel.related_proposal_id::text, :separator order by rel.id)
			        from proposal_relation rel where rel.proposal_id = p.id) as related_proposal_ids,
			       p.version, p.updated_at
			""";

	/** The proposals, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Proposal", SELECT, ProposalFinder.FROM, "", "p.id",
			ProposalExport::cells);

	private final Exports exports;

	ProposalExport(Exports exports) {
		super(LISTING, exports);
		this.exports = exports;
	}

	/** The proposals the list shows for {@code filter}, every page of them. */
	void write(ProposalFilter filter, RowSink rows) {
		MapSqlParameterSource parameters = Exports.parameters();
		this.exports.stream(LISTING, ProposalFinder.where(filter, parameters), parameters, rows);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("negotiation"), rs.getString("slug"),
				rs.getString("title"), rs.getString("summary"), rs.getString("status"), rs.getString("disclosure"),
				rs.getObject("first_reported_on", LocalDate.class), rs.getString("proposed_by"), rs.getString("topics"),
				rs.getString("regions"), rs.getLong("point_count"), rs.getString("points"),
				rs.getString("relation_kinds"), rs.getString("related_proposal_ids"), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
