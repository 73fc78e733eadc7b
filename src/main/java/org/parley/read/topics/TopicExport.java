package org.parley.read.topics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.read.CsvTable;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/** The topics proposals are filed under, as {@code topics.csv}. */
@Component
public class TopicExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable(
			"topics", List.of(integer("topic_id"), text("slug"), text("name"), text("description"),
					integer("claim_count"), text("claims").asList(), integer("version"), instant("updated_at")),
			"topic_id", List.of());

	// What is said about it, in order; each claim's reports are in topic_claims.csv.
	private static final String SELECT = """
			select t.id, t.slug, t.name, t.description,
			       (select count(*) from topic_claim tc where tc.topic_id = t.id) as claim_count,
			       (select string_agg(tc.claim, :separator order by tc.id) from topic_claim tc
			        where tc.topic_id = t.id) as claims,
			       t.version, t.updated_at
			""";

	/** The topics, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Topic", SELECT, "from topic t\n", "", "t.id",
			TopicExport::cells);

	TopicExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getLong("claim_count"), rs.getString("claims"), rs.getLong("version"),
				rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
