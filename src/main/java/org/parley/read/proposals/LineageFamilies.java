package org.parley.read.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.read.proposals.Lineage.Edge;
import org.parley.read.proposals.Lineage.End;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A negotiation's largest families of related proposals, for its page, in one statement:
 * the relations among its proposals (at most {@link #RELATIONS_READ}, oldest first) split
 * into families (proposals joined by any chain of relations), the {@link #FAMILIES_SHOWN}
 * largest drawn from the proposal with the most relations in each, as the proposal page
 * draws its own lineage.
 */
@Component
public class LineageFamilies {

	static final int FAMILIES_SHOWN = 3;

	static final int RELATIONS_READ = 2000;

	private static final String RELATIONS = """
			select r.kind, r.note, a.id as from_id, a.title as from_title, a.status as from_status,
			       b.id as to_id, b.title as to_title, b.status as to_status
			from proposal a
			join proposal_relation r on r.proposal_id = a.id
			join proposal b on b.id = r.related_proposal_id
			where a.negotiation_id = :negotiation and b.negotiation_id = :negotiation
			order by r.id
			limit :limit
			""";

	private final NamedParameterJdbcTemplate jdbc;

	LineageFamilies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The largest families of a negotiation's proposals. */
	public Families of(long negotiationId) {
		List<Edge> edges = this.jdbc.query(RELATIONS,
				new MapSqlParameterSource("negotiation", negotiationId).addValue("limit", RELATIONS_READ),
				(rs, row) -> new Edge(
						new End(rs.getLong("from_id"), rs.getString("from_title"),
								ProposalStatus.valueOf(rs.getString("from_status"))),
						RelationKind.valueOf(rs.getString("kind")), new End(rs.getLong("to_id"),
								rs.getString("to_title"), ProposalStatus.valueOf(rs.getString("to_status"))),
						rs.getString("note")));
		return families(edges, edges.size() == RELATIONS_READ);
	}

	static Families families(List<Edge> edges, boolean moreRelations) {
		Map<Long, Long> parent = new HashMap<>();
		for (Edge edge : edges) {
			union(parent, edge.from().id(), edge.to().id());
		}
		Map<Long, List<Edge>> byFamily = new LinkedHashMap<>();
		Map<Long, Map<Long, Integer>> degrees = new HashMap<>();
		Map<Long, End> ends = new HashMap<>();
		for (Edge edge : edges) {
			long family = find(parent, edge.from().id());
			byFamily.computeIfAbsent(family, (key) -> new ArrayList<>()).add(edge);
			Map<Long, Integer> degree = degrees.computeIfAbsent(family, (key) -> new HashMap<>());
			degree.merge(edge.from().id(), 1, Integer::sum);
			degree.merge(edge.to().id(), 1, Integer::sum);
			ends.put(edge.from().id(), edge.from());
			ends.put(edge.to().id(), edge.to());
		}
		List<Long> largest = new ArrayList<>(byFamily.keySet());
		largest.sort(Comparator.comparingInt((Long family) -> -degrees.get(family).size()).thenComparing((f) -> f));
		List<Family> shown = new ArrayList<>();
		for (Long family : largest.subList(0, Math.min(FAMILIES_SHOWN, largest.size()))) {
			long root = degrees.get(family)
				.entrySet()
				.stream()
				.min(Comparator.comparingInt((Map.Entry<Long, Integer> e) -> -e.getValue())
					.thenComparing(Map.Entry::getKey))
				.orElseThrow()
				.getKey();
			LineageNode tree = Lineage.tree(ends.get(root), byFamily.get(family), false);
			shown.add(new Family(tree, LineageDiagram.of(tree), degrees.get(family).size()));
		}
		return new Families(List.copyOf(shown), largest.size(), moreRelations);
	}

	private static long find(Map<Long, Long> parent, long id) {
		long root = id;
		while (parent.getOrDefault(root, root) != root) {
			root = parent.get(root);
		}
		parent.put(id, root);
		return root;
	}

	private static void union(Map<Long, Long> parent, long a, long b) {
		long rootA = find(parent, a);
		long rootB = find(parent, b);
		if (rootA != rootB) {
			parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
		}
	}

	/**
	 * The families drawn.
	 *
	 * @param shown the largest, largest first
	 * @param count how many families the relations read make
	 * @param moreRelations whether more relations exist than were read
	 */
	public record Families(List<Family> shown, int count, boolean moreRelations) {

		public int leftOut() {
			return this.count - this.shown.size();
		}

	}

	/**
	 * One family, drawn from its proposal with the most relations.
	 *
	 * @param size how many proposals it has
	 */
	public record Family(LineageNode tree, LineageDiagram diagram, int size) {
	}

}
