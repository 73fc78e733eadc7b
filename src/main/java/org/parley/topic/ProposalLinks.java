package org.parley.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;
import org.parley.audit.Change;
import org.parley.shared.Reference;
import org.parley.shared.References;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The links from proposals to a topic or a region, moved by plain SQL when one is merged
 * into another: a topic may be on thousands of proposals, each of which Hibernate would
 * load, change and write on its own. What the entity auditing would have recorded is
 * recorded through {@link AuditTrail} (each proposal's list before and after, as the edit
 * form's save records it), and each proposal's version moves on, so an editor who opened
 * one before the merge is shown the change rather than saving the old list over it. Plain
 * SQL also keeps this feature independent of the proposal feature, which depends on it.
 */
@Component
class ProposalLinks {

	/** A link table, its column naming the record, and the proposal's field it fills. */
	enum Kind {

		TOPICS("proposal_topic", "topic_id", "topics"),

		REGIONS("proposal_region", "region_id", "regions");

		private final String table;

		private final String column;

		private final String field;

		Kind(String table, String column, String field) {
			this.table = table;
			this.column = column;
			this.field = field;
		}

	}

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	ProposalLinks(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Locks the proposals on a record, in id order (as every merge does, so two never
	 * deadlock), until the end of the transaction: an editor saving one of them waits for
	 * the merge, then finds its version changed.
	 * @return their ids
	 */
	List<Long> lock(Kind kind, long recordId) {
		return this.jdbc.queryForList(
				"select p.id from proposal p where exists (select 1 from " + kind.table
						+ " l where l.proposal_id = p.id and l." + kind.column + " = ?) order by p.id for update of p",
				Long.class, recordId);
	}

	/**
	 * What a merge would move, for the page that asks first: the proposals that gain the
	 * record kept, and those that already have it (they simply lose the merged one).
	 */
	List<Reference> whatMoves(Kind kind, long merged, long kept) {
		String onMerged = "select p.title as name from " + kind.table + " l join proposal p on p.id = l.proposal_id "
				+ "where l." + kind.column + " = ? and %s exists (select 1 from " + kind.table
				+ " k where k.proposal_id = l.proposal_id and k." + kind.column + " = " + kept + ")";
		return References.of()
			.with("mergeMoves", onMerged.formatted("not"))
			.with("mergeAlreadyThere", onMerged.formatted(""))
			.find(this.jdbc, merged);
	}

	/**
	 * Moves every link to {@code merged} onto {@code kept}, each proposal keeping one
	 * link to it, with the records locked by the caller.
	 * @param detail what the audit entries say about it
	 * @return how many proposals were on {@code merged}
	 */
	int move(Kind kind, long merged, long kept, String detail) {
		// Again, now that the merged record is locked: any proposal linked to it since.
		List<Long> ids = lock(kind, merged);
		if (ids.isEmpty()) {
			return 0;
		}
		Long[] proposals = ids.toArray(Long[]::new);
		Map<Long, String> before = lists(kind, proposals);
		this.jdbc.update("insert into " + kind.table + " (proposal_id, " + kind.column + ") select proposal_id, ? from "
				+ kind.table + " where " + kind.column + " = ? on conflict do nothing", kept, merged);
		this.jdbc.update("delete from " + kind.table + " where " + kind.column + " = ?", merged);
		Map<Long, String> after = lists(kind, proposals);
		this.jdbc.update("update proposal set version = version + 1, updated_at = clock_timestamp() where id = any(?)",
				(Object) proposals);
		Map<Long, Map<String, Change>> changes = new LinkedHashMap<>();
		ids.forEach((id) -> changes.put(id, Map.of(kind.field, Change.of(before.get(id), after.get(id)))));
		this.audit.recordEach(AuditAction.UPDATE, "Proposal", changes, detail);
		return ids.size();
	}

	/** Each proposal's linked ids as the audit trail writes a collection: "[3, 7]". */
	private Map<Long, String> lists(Kind kind, Long[] proposals) {
		Map<Long, String> lists = new LinkedHashMap<>();
		this.jdbc.query("select proposal_id, '[' || string_agg(" + kind.column + "::text, ', ' order by " + kind.column
				+ ") || ']' from " + kind.table + " where proposal_id = any(?) group by proposal_id", (rs) -> {
					lists.put(rs.getLong(1), rs.getString(2));
				}, (Object) proposals);
		return lists;
	}

}
