package org.parley.read;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.parley.source.Bearing;
import org.parley.source.Reliability;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.grade;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The reports a claim rests on (a topic's claim, a person's title, a relation between
 * proposals), as the exports write them: each report's id, bearing, source and grade, in
 * parallel lists separated by {@link CsvTable#LIST_SEPARATOR}, by report id, as
 * {@code positions.csv} writes a position's.
 */
public final class ClaimCitations {

	/** The columns, after the claim's own. */
	public static final List<CsvTable.Column> COLUMNS = List.of(integer("citation_count"),
			integer("citation_ids").asList(), code("citation_bearings", Bearing.class).asList(),
			text("citation_sources").asList(), code("citation_reliability", Reliability.class).asList(),
			grade("citation_credibility", "Credibility", 1, 6).asList());

	/** The select list's part, from the join {@link #join}. */
	public static final String SELECT = "coalesce(cc.count, 0) as citation_count, cc.ids as citation_ids, "
			+ "cc.bearings as citation_bearings, cc.sources as citation_sources, "
			+ "cc.reliability as citation_reliability, cc.credibility as citation_credibility";

	private ClaimCitations() {
	}

	/**
	 * The lateral join gathering a claim's reports.
	 * @param linkTable the claim's link table ({@code topic_claim_citation})
	 * @param claimColumn its column naming the claim ({@code claim_id})
	 * @param claimId the claim's id in the outer query ({@code tc.id})
	 */
	public static String join(String linkTable, String claimColumn, String claimId) {
		return """
				left join lateral (
				    select count(*) as count,
				           string_agg(ci.id::text, :separator order by ci.id) as ids,
				           string_agg(l.bearing, :separator order by ci.id) as bearings,
				           string_agg(s.name, :separator order by ci.id) as sources,
				           string_agg(s.reliability, :separator order by ci.id) as reliability,
				           string_agg(ci.credibility::text, :separator order by ci.id) as credibility
				    from %s l
				    join citation ci on ci.id = l.citation_id
				    join source s on s.id = ci.source_id
				    where l.%s = %s
				) cc on true
				""".formatted(linkTable, claimColumn, claimId);
	}

	/** The cells of the columns, in order. */
	public static Object[] cells(ResultSet rs) throws SQLException {
		return new Object[] { rs.getLong("citation_count"), rs.getString("citation_ids"),
				rs.getString("citation_bearings"), rs.getString("citation_sources"),
				rs.getString("citation_reliability"), rs.getString("citation_credibility") };
	}

	/**
	 * A claim's table: {@code own} columns, the report columns, then its version and when
	 * it was last written.
	 */
	public static List<CsvTable.Column> columns(List<CsvTable.Column> own) {
		List<CsvTable.Column> columns = new java.util.ArrayList<>(own);
		columns.addAll(COLUMNS);
		columns.add(integer("version"));
		columns.add(CsvTable.instant("updated_at"));
		return List.copyOf(columns);
	}

	/**
	 * A claim's row: {@code own} cells, the report cells, then the columns
	 * {@code version} and {@code updated_at} of the query.
	 */
	public static Object[] cells(Object[] own, ResultSet rs) throws SQLException {
		Object[] cited = cells(rs);
		Object[] all = java.util.Arrays.copyOf(own, own.length + cited.length + 2);
		System.arraycopy(cited, 0, all, own.length, cited.length);
		all[all.length - 2] = rs.getLong("version");
		all[all.length - 1] = rs.getObject("updated_at", java.time.OffsetDateTime.class);
		return all;
	}

}
