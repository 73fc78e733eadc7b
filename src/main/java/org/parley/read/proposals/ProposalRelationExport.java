package org.parley.read.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.parley.proposal.RelationKind;
import org.parley.read.ClaimCitations;
import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The lineage as {@code proposal_relations.csv}: each relation read "proposal
 * &lt;kind&gt; related proposal", why, and the reports that say so.
 */
@Component
public class ProposalRelationExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("proposal_relations",
			ClaimCitations.columns(List.of(integer("relation_id"), integer("proposal_id"), text("proposal"),
					code("kind", RelationKind.class), integer("related_proposal_id"), text("related_proposal"),
					text("note"))),
			"relation_id", List.of(new ForeignKey("proposal_id", "proposals", "proposal_id"),
					new ForeignKey("related_proposal_id", "proposals", "proposal_id")));

	private static final String SELECT = "select r.id, a.id as proposal_id, a.title as proposal, r.kind, "
			+ "b.id as related_proposal_id, b.title as related_proposal, r.note, " + ClaimCitations.SELECT
			+ ", r.version, r.updated_at\n";

	/** The relations, for their CSV export. */
	public static final Listing LISTING = new Listing(TABLE, "ProposalRelation", SELECT, "from proposal_relation r\n",
			"join proposal a on a.id = r.proposal_id\njoin proposal b on b.id = r.related_proposal_id\n"
					+ ClaimCitations.join("proposal_relation_citation", "relation_id", "r.id"),
			"r.id", ProposalRelationExport::cells);

	ProposalRelationExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return ClaimCitations.cells(new Object[] { rs.getLong("id"), rs.getLong("proposal_id"),
				rs.getString("proposal"), rs.getString("kind"), rs.getLong("related_proposal_id"),
				rs.getString("related_proposal"), rs.getString("note") }, rs);
	}

}
