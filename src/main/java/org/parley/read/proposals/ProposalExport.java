package org.parley.read.proposals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.proposal.Disclosure;
import org.parley.proposal.ProposalStatus;
import org.parley.read.CsvRows;
import org.parley.read.CsvTable;
import org.parley.read.Export;
import org.parley.read.Exports;

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
public class ProposalExport implements Export {

	static final CsvTable TABLE = new CsvTable("proposals",
			List.of(integer("proposal_id"), text("negotiation"), text("slug"), text("title"), text("summary"),
					code("status", ProposalStatus.class), code("disclosure", Disclosure.class),
					date("first_reported_on"), text("proposed_by"), text("topics"), text("regions"),
					integer("point_count"), instant("updated_at")),
			"proposal_id", List.of());

	private static final String ROWS = """
			select p.id, n.slug as negotiation, p.slug, p.title, p.summary, p.status, p.disclosure, p.first_reported_on,
			       (select string_agg(pa.name, :separator order by pa.name, pa.id)
			        from proposal_proposer pp join party pa on pa.id = pp.party_id where pp.proposal_id = p.id) as proposed_by,
			       (select string_agg(t.slug, :separator order by t.slug)
			        from proposal_topic pt join topic t on t.id = pt.topic_id where pt.proposal_id = p.id) as topics,
			       (select string_agg(r.slug, :separator order by r.slug)
			        from proposal_region pr join region r on r.id = pr.region_id where pr.proposal_id = p.id) as regions,
			       (select count(*) from proposal_point point where point.proposal_id = p.id) as point_count,
			       p.updated_at
			""";

	private final Exports exports;

	ProposalExport(Exports exports) {
		this.exports = exports;
	}

	@Override
	public CsvTable table() {
		return TABLE;
	}

	@Override
	public void writeAll(CsvRows rows) {
		write(new ProposalFilter(null, null, null, null, null, null, null, null), rows);
	}

	/** The proposals the list shows for {@code filter}, every page of them. */
	void write(ProposalFilter filter, CsvRows rows) {
		MapSqlParameterSource parameters = Exports.parameters();
		String where = ProposalFinder.where(filter, parameters);
		this.exports.stream(ROWS + ProposalFinder.FROM + where + "order by p.id", parameters,
				(rs) -> rows.row(rs.getLong("id"), rs.getString("negotiation"), rs.getString("slug"),
						rs.getString("title"), rs.getString("summary"), rs.getString("status"),
						rs.getString("disclosure"), rs.getObject("first_reported_on", LocalDate.class),
						rs.getString("proposed_by"), rs.getString("topics"), rs.getString("regions"),
						rs.getLong("point_count"), rs.getObject("updated_at", OffsetDateTime.class)));
	}

}
