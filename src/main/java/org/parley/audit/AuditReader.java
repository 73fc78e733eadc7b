package org.parley.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail newest first, filtered and paged in the database: one query for
 * the page and one for the count.
 */
@Component
class AuditReader {

	private static final TypeReference<Map<String, Map<String, Object>>> CHANGES = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;

	AuditReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Page<AuditEventView> find(AuditFilter filter, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(filter, parameters);
		parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<AuditEventView> rows = this.jdbc.query(
				"select id, occurred_at, actor, actor_address, action, "
						+ "entity_type, entity_id, changes::text as changes, detail from audit_event" + where
						+ " order by occurred_at desc, id desc limit :limit offset :offset",
				parameters, (rs, n) -> view(rs));
		long total = (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) ? rows.size()
				: this.jdbc.queryForObject("select count(*) from audit_event" + where, parameters, Long.class);
		return new PageImpl<>(rows, pageable, total);
	}

	private static String where(AuditFilter filter, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (filter.user() != null) {
			conditions.add("lower(actor) = lower(:user)");
			parameters.addValue("user", filter.user());
		}
		if (filter.entityType() != null) {
			conditions.add("entity_type = :entityType");
			parameters.addValue("entityType", filter.entityType());
		}
		if (filter.entityId() != null) {
			conditions.add("entity_id = :entityId");
			parameters.addValue("entityId", filter.entityId());
		}
		if (filter.action() != null) {
			conditions.add("action = :action");
			parameters.addValue("action", filter.action().name());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			parameters.addValue("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			parameters.addValue("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static AuditEventView view(ResultSet rs) throws SQLException {
		return new AuditEventView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_address"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), changes(rs.getString("changes")),
				rs.getString("detail"));
	}

	static List<AuditEventView.FieldChange> changes(String json) {
		Map<String, Map<String, Object>> changes = AuditWriter.json().readValue(json, CHANGES);
		List<AuditEventView.FieldChange> fields = new ArrayList<>();
		changes.forEach((field, change) -> fields.add(new AuditEventView.FieldChange(field, text(change.get("from")),
				text(change.get("to")), Boolean.TRUE.equals(change.get("masked")))));
		return fields;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
