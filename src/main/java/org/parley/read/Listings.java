package org.parley.read;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages of a {@link Listing} for the API: the total, the page's ids and then its rows, in
 * one read-only snapshot so the three agree. Three statements whatever the size of the
 * record; a deep page costs an index walk over ids, not the joins of every row it skips.
 */
@Component
public class Listings {

	/** The tables whose rows the database counts as it writes them, by file name. */
	private static final Map<String, String> COUNTED = Map.of("negotiations", "negotiation", "rounds", "round",
			"proposals", "proposal", "positions", "position", "sources", "source", "citations", "citation");

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	Listings(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The page {@code paging} of the rows {@code where} selects, narrowed to those
	 * written after {@code updatedSince} when it is given.
	 */
	public ApiPage page(Listing listing, String where, MapSqlParameterSource parameters, Instant updatedSince,
			PageRequest paging) {
		String narrowed = where;
		if (updatedSince != null) {
			narrowed = Listing.and(where, listing.updatedAt() + " > :updatedSince");
			parameters.addValue("updatedSince", OffsetDateTime.ofInstant(updatedSince, ZoneOffset.UTC));
		}
		parameters.addValue("limit", paging.getPageSize()).addValue("offset", paging.getOffset());
		String selected = narrowed;
		return this.snapshot.execute((status) -> {
			Long total = total(listing, selected, parameters);
			List<Long> ids = (total == 0) ? List.of()
					: this.jdbc.queryForList(listing.ids(selected), parameters, Long.class);
			return new ApiPage(rows(listing, ids), total, paging.getPageNumber(), paging.getPageSize());
		});
	}

	/**
	 * How many rows {@code where} selects: for a whole table the database keeps (V81),
	 * its kept count rather than a count of half a million rows.
	 */
	private Long total(Listing listing, String where, MapSqlParameterSource parameters) {
		String table = listing.table().name();
		if (where.isBlank() && COUNTED.containsKey(table)) {
			return this.jdbc.queryForObject("select row_count from record_count where table_name = :counted",
					new MapSqlParameterSource("counted", COUNTED.get(table)), Long.class);
		}
		return this.jdbc.queryForObject(listing.count(where), parameters, Long.class);
	}

	/** The record {@code id}, as its list shows it. */
	public Optional<Map<String, Object>> one(Listing listing, long id) {
		return this.snapshot.execute((status) -> rows(listing, List.of(id)).stream().findFirst());
	}

	/**
	 * The records of {@code entityType} deleted after {@code since}, oldest first: what a
	 * client keeping a copy must remove.
	 */
	public ApiPage deleted(String entityType, Instant since, PageRequest paging) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("type", entityType)
			.addValue("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.addValue("limit", paging.getPageSize())
			.addValue("offset", paging.getOffset());
		String from = "from audit_event where action = 'DELETE' and entity_type = :type and occurred_at > :since ";
		return this.snapshot.execute((status) -> {
			Long total = this.jdbc.queryForObject("select count(*) " + from, parameters, Long.class);
			List<Map<String, Object>> items = this.jdbc.query(
					"select entity_id, occurred_at " + from + "order by occurred_at, id limit :limit offset :offset",
					parameters, (rs, n) -> Map.of("id", Long.valueOf(rs.getString("entity_id")), "deleted_at",
							rs.getObject("occurred_at", OffsetDateTime.class).toInstant().toString()));
			return new ApiPage(items, total, paging.getPageNumber(), paging.getPageSize());
		});
	}

	private List<Map<String, Object>> rows(Listing listing, List<Long> ids) {
		JsonRows rows = new JsonRows(listing.table());
		if (!ids.isEmpty()) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("separator", JsonRows.SEPARATOR)
				.addValue("ids", ids);
			this.jdbc.query(listing.rows(), parameters, (rs) -> {
				rows.row(listing.cells().of(rs));
			});
			for (Listing.Nested part : listing.nested()) {
				nest(part, rows.rows(), listing.table().primaryKey(), parameters);
			}
		}
		return rows.rows();
	}

	/**
	 * Each record's rows of {@code part}, as an array under its member, in one statement.
	 */
	private void nest(Listing.Nested part, List<Map<String, Object>> records, String key,
			MapSqlParameterSource parameters) {
		JsonRows parts = new JsonRows(part.listing().table());
		this.jdbc.query(part.rows(), parameters, (rs) -> {
			parts.row(part.listing().cells().of(rs));
		});
		Map<Object, List<Map<String, Object>>> byRecord = new java.util.HashMap<>();
		parts.rows()
			.forEach(
					(row) -> byRecord.computeIfAbsent(row.get(part.parentColumn()), (id) -> new java.util.ArrayList<>())
						.add(row));
		records.forEach((record) -> record.put(part.member(), byRecord.getOrDefault(record.get(key), List.of())));
	}

}
