package org.parley.read;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the queries of CSV exports and sends them as downloads. A query's rows are fetched
 * from a cursor a thousand at a time (PostgreSQL's driver keeps the whole result in
 * memory unless the statement runs inside a transaction with a fetch size), so an export
 * of 500,000 positions costs the heap what one of fifty does.
 */
@Component
public class Exports {

	static final int FETCH_SIZE = 1000;

	static final String CSV = "text/csv;charset=UTF-8;header=present";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	Exports(DataSource dataSource, PlatformTransactionManager transactions) {
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(cursor);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Parameters for an export's query, with {@code :separator} bound to
	 * {@link CsvTable#LIST_SEPARATOR} for the cells that list several values.
	 */
	public static MapSqlParameterSource parameters() {
		return new MapSqlParameterSource("separator", CsvTable.LIST_SEPARATOR);
	}

	/** Hands every row of {@code sql} to {@code rows}, fetched from a cursor. */
	public void stream(String sql, SqlParameterSource parameters, RowCallbackHandler rows) {
		this.readOnly.executeWithoutResult((status) -> {
			// A slow download leaves the transaction idle between fetches: it is not
			// abandoned, and the pages' idle limit would cut the file short.
			this.jdbc.getJdbcTemplate().execute("set local idle_in_transaction_session_timeout = 0");
			this.jdbc.query(sql, parameters, rows);
		});
	}

	/** Hands every row of {@code listing} that {@code where} selects to {@code rows}. */
	public void stream(Listing listing, String where, SqlParameterSource parameters, RowSink rows) {
		stream(listing.stream(where), parameters, (rs) -> {
			rows.row(listing.cells().of(rs));
		});
	}

	/** Sends {@code table} as an attachment, its rows written by {@code body}. */
	public void download(HttpServletResponse response, CsvTable table, Consumer<CsvRows> body) throws IOException {
		response.setContentType(CSV);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(table.fileName()).build().toString());
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				64 * 1024);
		CsvRows rows = CsvRows.start(table, out);
		body.accept(rows);
		rows.flush();
		out.flush();
	}

}
