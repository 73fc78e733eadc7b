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
 * on them. A region's page reads its proposals and positions the same way, through its
 * own links ({@link Links}).
 */
@Component
class TopicPageReader {

	/** The table linking proposals to what they are classified by, and its column. */
	enum Links {

		TOPIC("proposal_topic", "topic_id"), REGION("proposal_region", "region_id");

		private final String table;

		private final String column;

		Links(String table, String column) {
			this.table = table;
			this.column = column;
		}

		/** The statement for these links: {@code {links}} and {@code {key}} filled in. */
		String sql(String template) {
			return template.replace("{links}", this.table).replace("{key}", this.column);
		}

	}

	private static final String TOPIC = """
			select t.id, t.slug, t.name, t.description,
			       (select count(*) from proposal_topic pt where pt.topic_id = t.id) as proposal_count
			from topic t
			where t.id = :id
			""";

	/**
	 * Topics with at most this many proposals are read from their own proposals, sorted;
	 * larger ones by walking the newest rows of the whole record, keeping the topic's,
	 * which stops as soon as a page is full.
	 */
	static final int SMALL_TOPIC = 500;

	// The most recently changed first (proposal_activity), never sorted by title: that
	// meant
	// reading every proposal of a large topic.
	private static final String PROPOSALS = """
			select p.id, p.title, p.status
			%s
			order by act.changed_at desc, act.proposal_id desc
			limit :limit
			""";

	private static final String LARGE_TOPIC_PROPOSALS = """
			from proposal_activity act
			join proposal p on p.id = act.proposal_id
			where exists (select 1 from {links} pt where pt.proposal_id = act.proposal_id and pt.{key} = :id)
			""";

	private static final String SMALL_TOPIC_PROPOSALS = """
			from {links} pt
			join proposal_activity act on act.proposal_id = pt.proposal_id
			join proposal p on p.id = pt.proposal_id
			where pt.{key} = :id
			""";

	// Latest first, a tie on the date going to the later record.
	private static final String POSITIONS = """
			select po.id, po.proposal_id, p.title as proposal_title, pa.name as party_name, po.stance, po.condition,
			       po.stated_on, po.stated_on_precision, sp.id as speaker_id, sp.full_name as speaker_name, po.quote
			%s
			join proposal p on p.id = po.proposal_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			%s
			order by po.stated_on desc, po.id desc
			limit :limit
			""";

	private static final String LARGE_TOPIC_POSITIONS = "from position po";

	private static final String LARGE_TOPIC_FILTER = "where exists (select 1 from {links} pt "
			+ "where pt.proposal_id = po.proposal_id and pt.{key} = :id)";

	private static final String SMALL_TOPIC_POSITIONS = "from {links} pt join position po on po.proposal_id = pt.proposal_id";

	private static final String SMALL_TOPIC_FILTER = "where pt.{key} = :id";

	private static final String OLDER = " and (po.stated_on, po.id) < (select b.stated_on, b.id from position b where b.id = :before)";

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
	 * @param proposalCount how many proposals it has ({@link #SMALL_TOPIC})
	 * @param limit at most this many
	 * @return the proposals
	 */
	List<TopicProposal> proposals(long topicId, long proposalCount, int limit) {
		return proposals(Links.TOPIC, topicId, proposalCount, limit);
	}

	/**
	 * The proposals of a topic or region, as {@link #proposals(long, long, int)}.
	 * @param links whose proposals
	 */
	List<TopicProposal> proposals(Links links, long id, long proposalCount, int limit) {
		record Row(long id, String title, ProposalStatus status) {
		}
		String from = (proposalCount <= SMALL_TOPIC) ? SMALL_TOPIC_PROPOSALS : LARGE_TOPIC_PROPOSALS;
		List<Row> rows = this.jdbc.query(links.sql(PROPOSALS.formatted(from)),
				new MapSqlParameterSource().addValue("id", id).addValue("limit", limit),
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
	 * @param proposalCount how many proposals it has ({@link #SMALL_TOPIC})
	 * @param limit at most this many
	 * @param before only those after this position in that order, or {@code null}
	 * @return the positions
	 */
	List<TopicPosition> positions(long topicId, long proposalCount, int limit, Long before) {
		return positions(Links.TOPIC, topicId, proposalCount, limit, before);
	}

	/**
	 * The positions on the proposals of a topic or region, as
	 * {@link #positions(long, long, int, Long)}.
	 * @param links whose proposals
	 */
	List<TopicPosition> positions(Links links, long id, long proposalCount, int limit, Long before) {
		boolean small = proposalCount <= SMALL_TOPIC;
		String filter = (small ? SMALL_TOPIC_FILTER : LARGE_TOPIC_FILTER) + ((before != null) ? OLDER : "");
		return this.jdbc.query(
				links.sql(POSITIONS.formatted(small ? SMALL_TOPIC_POSITIONS : LARGE_TOPIC_POSITIONS, filter)),
				new MapSqlParameterSource().addValue("id", id).addValue("limit", limit).addValue("before", before),
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
