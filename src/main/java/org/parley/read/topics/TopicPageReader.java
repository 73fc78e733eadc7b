package org.parley.read.topics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.position.StanceReader;
import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a topic's page in four statements at most: the topic with its count, its
 * proposals, their current stances ({@link StanceReader}), and one page of the positions
 * on them.
 */
@Component
class TopicPageReader {

	private static final String TOPIC = """
			select t.id, t.slug, t.name, t.description,
			       (select count(*) from proposal_topic pt where pt.topic_id = t.id) as proposal_count
			from topic t
			where t.id = :id
			""";

	// The most recently changed first, read from proposal_activity's index: sorting a
	// large
	// topic's proposals by title meant reading every one of them.
	private static final String PROPOSALS = """
			select p.id, p.title, p.status
			from proposal_activity act
			join proposal p on p.id = act.proposal_id
			where exists (select 1 from proposal_topic pt where pt.proposal_id = act.proposal_id and pt.topic_id = :id)
			order by act.changed_at desc, act.proposal_id desc
			limit :limit
			""";

	// Latest first, a tie on the date going to the later record: read from the index of
	// the
	// newest positions, keeping those on the topic's proposals, so a page reads its own
	// rows.
	private static final String POSITIONS = """
			select po.id, po.proposal_id, p.title as proposal_title, pa.name as party_name, po.stance, po.condition,
			       po.stated_on, po.stated_on_precision, sp.id as speaker_id, sp.full_name as speaker_name, po.quote
			from position po
			join proposal p on p.id = po.proposal_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			where exists (select 1 from proposal_topic pt where pt.proposal_id = po.proposal_id and pt.topic_id = :id)
			%s
			order by po.stated_on desc, po.id desc
			limit :limit
			""";

	private static final String OLDER = "and (po.stated_on, po.id) < (select b.stated_on, b.id from position b where b.id = :before)";

	private final NamedParameterJdbcTemplate jdbc;

	private final StanceReader stances;

	TopicPageReader(NamedParameterJdbcTemplate jdbc, StanceReader stances) {
		this.jdbc = jdbc;
		this.stances = stances;
	}

	Optional<TopicDetails> topic(long id) {
		return this.jdbc
			.query(TOPIC, new MapSqlParameterSource("id", id),
					(rs, row) -> new TopicDetails(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
							rs.getString("description"), rs.getLong("proposal_count")))
			.stream()
			.findFirst();
	}

	/**
	 * The topic's proposals, the most recently changed first, each with every party's
	 * current stance.
	 * @param topicId the topic
	 * @param limit at most this many
	 * @return the proposals
	 */
	List<TopicProposal> proposals(long topicId, int limit) {
		record Row(long id, String title, ProposalStatus status) {
		}
		List<Row> rows = this.jdbc.query(PROPOSALS,
				new MapSqlParameterSource().addValue("id", topicId).addValue("limit", limit),
				(rs, row) -> new Row(rs.getLong("id"), rs.getString("title"),
						ProposalStatus.valueOf(rs.getString("status"))));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<StanceView>> stances = this.stances.current(rows.stream().map(Row::id).toList())
			.stream()
			.collect(Collectors.groupingBy(StanceView::proposalId));
		return rows.stream()
			.map((row) -> new TopicProposal(row.id(), row.title(), row.status(),
					stances.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/**
	 * The positions on the topic's proposals, latest first.
	 * @param topicId the topic
	 * @param limit at most this many
	 * @param before only those after this position in that order, or {@code null}
	 * @return the positions
	 */
	List<TopicPosition> positions(long topicId, int limit, Long before) {
		return this.jdbc.query(POSITIONS.formatted((before != null) ? OLDER : ""),
				new MapSqlParameterSource().addValue("id", topicId).addValue("limit", limit).addValue("before", before),
				(rs, row) -> position(rs));
	}

	private static TopicPosition position(ResultSet rs) throws SQLException {
		return new TopicPosition(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("proposal_title"),
				rs.getString("party_name"), Stance.valueOf(rs.getString("stance")), rs.getString("condition"),
				rs.getDate("stated_on").toLocalDate(), DatePrecision.valueOf(rs.getString("stated_on_precision")),
				nullableLong(rs, "speaker_id"), rs.getString("speaker_name"), rs.getString("quote"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
