package org.parley.read.negotiations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.parley.negotiation.PartyRole;
import org.parley.read.CsvTable;
import org.parley.read.Exports;
import org.parley.read.Listing;
import org.parley.read.ListingExport;

import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.instant;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The negotiations as {@code negotiations.csv}, each with its parties and their roles.
 */
@Component
public class NegotiationExport extends ListingExport {

	static final CsvTable TABLE = new CsvTable("negotiations",
			List.of(integer("negotiation_id"), text("slug"), text("title"), text("description"),
					integer("party_ids").asList(), text("parties").asList(),
					code("party_roles", PartyRole.class).asList(), integer("version"), instant("updated_at")),
			"negotiation_id", List.of());

	private static final String SELECT = """
			select n.id, n.slug, n.title, n.description,
			       (select string_agg(np.party_id::text, :separator order by np.id)
			        from negotiation_party np where np.negotiation_id = n.id) as party_ids,
			       (select string_agg(pa.name, :separator order by np.id)
			        from negotiation_party np join party pa on pa.id = np.party_id where np.negotiation_id = n.id) as parties,
			       (select string_agg(np.role, :separator order by np.id)
			        from negotiation_party np where np.negotiation_id = n.id) as party_roles,
			       n.version, n.updated_at
			""";

	/** The negotiations, for their CSV export and the API. */
	public static final Listing LISTING = new Listing(TABLE, "Negotiation", SELECT, "from negotiation n\n", "", "n.id",
			NegotiationExport::cells);

	NegotiationExport(Exports exports) {
		super(LISTING, exports);
	}

	private static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getString("description"), rs.getString("party_ids"), rs.getString("parties"),
				rs.getString("party_roles"), rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class) };
	}

}
