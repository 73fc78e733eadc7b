package org.parley.read.proposals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.source.Evidence;

/**
 * Turns the lineage edges around a proposal into a tree rooted at it: its direct
 * relations first, then theirs, breadth first, each proposal expanded once and no deeper
 * than {@link #DEPTH}. "Joint administration — evolved from — DMZ — part of — 28-point
 * plan" reads down the tree.
 */
final class Lineage {

	/** How many relations away from the proposal the tree reaches. */
	static final int DEPTH = 3;

	/** The order of the groups under a node. */
	private static final List<String> GROUP_ORDER = List.of("PART_OF.out", "PART_OF.in", "EVOLVED_FROM.out",
			"EVOLVED_FROM.in", "SUPERSEDES.out", "SUPERSEDES.in", "ALTERNATIVE_TO.out", "ALTERNATIVE_TO.in");

	private Lineage() {
	}

	/**
	 * The tree rooted at a proposal.
	 * @param root the proposal
	 * @param edges relations among proposals near it, read "from &lt;kind&gt; to"
	 * @return its root node
	 */
	static LineageNode tree(End root, List<Edge> edges) {
		return tree(root, edges, true);
	}

	/**
	 * The tree rooted at a proposal.
	 * @param root the proposal
	 * @param edges relations among proposals near it, read "from &lt;kind&gt; to"
	 * @param rootIsCurrent whether the root is the proposal whose page this is (a
	 * negotiation's page draws its families without one)
	 * @return its root node
	 */
	static LineageNode tree(End root, List<Edge> edges, boolean rootIsCurrent) {
		Map<Long, List<Link>> links = new LinkedHashMap<>();
		for (Edge edge : edges) {
			links.computeIfAbsent(edge.from().id(), (id) -> new ArrayList<>())
				.add(new Link(edge.kind().name() + ".out", edge.to(), edge.note(), edge.evidence()));
			links.computeIfAbsent(edge.to().id(), (id) -> new ArrayList<>())
				.add(new Link(edge.kind().name() + ".in", edge.from(), edge.note(), edge.evidence()));
		}
		Builder top = new Builder(root, null, Evidence.NONE, rootIsCurrent, 0);
		Set<Long> placed = new HashSet<>(Set.of(root.id()));
		Deque<Builder> queue = new ArrayDeque<>(List.of(top));
		while (!queue.isEmpty()) {
			Builder node = queue.removeFirst();
			if (node.depth >= DEPTH) {
				continue;
			}
			List<Link> around = new ArrayList<>(links.getOrDefault(node.end.id(), List.of()));
			around.sort(Comparator.comparing((Link link) -> GROUP_ORDER.indexOf(link.relation()))
				.thenComparing((link) -> link.other().title(), String.CASE_INSENSITIVE_ORDER));
			for (Link link : around) {
				boolean seen = placed.contains(link.other().id());
				// Every direct relation of the proposal is listed; further out, a
				// proposal
				// already in the tree is not repeated.
				if (seen && node.depth > 0) {
					continue;
				}
				Builder child = new Builder(link.other(), link.note(), link.evidence(),
						rootIsCurrent && link.other().id() == root.id(), node.depth + 1);
				node.groups.computeIfAbsent(link.relation(), (key) -> new ArrayList<>()).add(child);
				if (!seen) {
					placed.add(link.other().id());
					queue.addLast(child);
				}
			}
		}
		return top.build();
	}

	/** One end of a relation. */
	record End(long id, String title, ProposalStatus status) {
	}

	/** A relation, read "from &lt;kind&gt; to", with the reports cited for it. */
	record Edge(End from, RelationKind kind, End to, String note, Evidence evidence) {

		Edge(End from, RelationKind kind, End to, String note) {
			this(from, kind, to, note, Evidence.NONE);
		}

	}

	private record Link(String relation, End other, String note, Evidence evidence) {
	}

	private static final class Builder {

		private final End end;

		private final String note;

		private final Evidence evidence;

		private final boolean current;

		private final int depth;

		private final Map<String, List<Builder>> groups = new LinkedHashMap<>();

		Builder(End end, String note, Evidence evidence, boolean current, int depth) {
			this.end = end;
			this.note = note;
			this.evidence = evidence;
			this.current = current;
			this.depth = depth;
		}

		LineageNode build() {
			List<LineageNode.Group> built = this.groups.entrySet()
				.stream()
				.map((group) -> new LineageNode.Group(group.getKey(),
						group.getValue().stream().map(Builder::build).toList()))
				.toList();
			return new LineageNode(this.end.id(), this.end.title(), this.end.status(), this.note, this.evidence,
					this.current, built);
		}

	}

}
