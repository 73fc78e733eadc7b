package org.parley.read.topics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.parley.read.ClaimCitations;
import org.parley.read.CsvTable;
import org.parley.read.CsvTable.ForeignKey;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * What is said about each topic as {@code topic_claims.csv}: the claim, who makes it
 * (none: the reporting outlet), when, and the reports it rests on.
 */
@Component
public class TopicClaimExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("topic_claims",
			ClaimCitations.columns(List.of(integer("topic_claim_id"), integer("topic_id"), text("topic"), text("claim"),
					integer("party_id"), text("party"), date("stated_on"))),
			"topic_claim_id", List.of(new ForeignKey("topic_id", "topics", "topic_id"),
					new ForeignKey("party_id", "parties", "party_id")));

	private static final String SELECT = "select tc.id, t.id as topic_id, t.name as topic, tc.claim, "
			+ "pa.id as party_id, pa.name as party, tc.stated_on, " + ClaimCitations.SELECT
			+ ", tc.version, tc.updated_at\n";

	/** The claims, for their CSV export. */
	public static final Listing LISTING = new Listing(TABLE, "TopicClaim", SELECT, "from topic_claim tc\n",
			"join topic t on t.id = tc.topic_id\nleft join party pa on pa.id = tc.party_id\n"
					+ ClaimCitations.join("topic_claim_citation", "claim_id", "tc.id"),
			"tc.id", TopicClaimExport::cells);

	TopicClaimExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return ClaimCitations.cells(new Object[] { rs.getLong("id"), rs.getLong("topic_id"), rs.getString("topic"),
				rs.getString("claim"), rs.getObject("party_id", Long.class), rs.getString("party"),
				rs.getObject("stated_on", LocalDate.class) }, rs);
	}

}
