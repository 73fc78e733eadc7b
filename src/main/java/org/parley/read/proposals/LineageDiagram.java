package org.parley.read.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.proposal.ProposalStatus;

/**
 * The geometry of a lineage tree drawn as inline SVG by
 * {@code fragments/charts :: lineage}: a box per proposal, one row each, indented by how
 * many relations away from the root it lies, and an elbow line from each box to its
 * parent, drawn by the kind of relation (solid: part of, evolved from; dashed:
 * alternative to; thick: supersedes). At most {@link #MAX_NODES} boxes, in the order the
 * indented list reads; the rest are counted.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param nodes the boxes, the root first
 * @param edges a line per relation drawn
 * @param leftOut how many proposals of the tree are not drawn
 */
public record LineageDiagram(int width, int height, List<Node> nodes, List<Edge> edges, int leftOut) {

	static final int MAX_NODES = 30;

	static final int WIDTH = 640;

	static final int ROW = 44;

	static final int BOX = 34;

	static final int INDENT = 26;

	static final int MARGIN = 4;

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/** Whether there is a relation to draw. */
	public boolean drawn() {
		return !this.edges.isEmpty();
	}

	/** Lays out the tree under {@code root}. */
	public static LineageDiagram of(LineageNode root) {
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		int[] total = { 0 };
		place(root, null, null, 0, nodes, edges, total);
		int height = MARGIN * 2 + nodes.size() * ROW - (ROW - BOX);
		return new LineageDiagram(WIDTH, height, List.copyOf(nodes), List.copyOf(edges), total[0] - nodes.size());
	}

	/**
	 * Places {@code node} below {@code parent} (null for the root), unless the diagram is
	 * full or the parent was left out: then it is only counted, as is all below it.
	 */
	private static void place(LineageNode node, Node parent, String relation, int depth, List<Node> nodes,
			List<Edge> edges, int[] total) {
		total[0]++;
		Node placed = null;
		boolean drawable = (parent != null || relation == null) && nodes.size() < MAX_NODES;
		if (drawable) {
			int x = MARGIN + depth * INDENT;
			int y = MARGIN + nodes.size() * ROW;
			placed = new Node(node.proposalId(), shorten(node.title(), depth), node.title(), node.status(),
					node.current(), relation, x, y, WIDTH - MARGIN - x, BOX);
			nodes.add(placed);
			if (parent != null) {
				edges.add(new Edge(relation, parent.proposalId(), node.proposalId(),
						"M" + (parent.x() + 12) + " " + (parent.y() + BOX) + " V" + (y + BOX / 2) + " H" + x));
			}
		}
		for (LineageNode.Group group : node.groups()) {
			for (LineageNode child : group.nodes()) {
				place(child, placed, group.relation(), depth + 1, nodes, edges, total);
			}
		}
	}

	private static String shorten(String title, int depth) {
		int room = 84 - depth * 4;
		return (title.length() <= room) ? title : title.substring(0, room - 1).stripTrailing() + "…";
	}

	/**
	 * A proposal's box.
	 *
	 * @param relation how it relates to the box above it that it hangs from, as the
	 * message key suffix (e.g. {@code PART_OF.out}), or {@code null} for the root
	 */
	public record Node(long proposalId, String shortTitle, String title, ProposalStatus status, boolean current,
			String relation, int x, int y, int width, int height) {

		public boolean root() {
			return this.relation == null;
		}

		public String cssClass() {
			return this.current ? "lineage-diagram__box lineage-diagram__box--current" : "lineage-diagram__box";
		}

		public int textX() {
			return this.x + 8;
		}

		public int relationY() {
			return this.y + 13;
		}

		public int titleY() {
			return this.y + (root() ? 22 : 28);
		}

	}

	/**
	 * A relation's line from a box to the one hanging from it.
	 *
	 * @param relation the message key suffix, e.g. {@code ALTERNATIVE_TO.in}
	 */
	public record Edge(String relation, long fromId, long toId, String path) {

		private String kind() {
			return this.relation.substring(0, this.relation.indexOf('.'));
		}

		public String cssClass() {
			return "lineage-diagram__edge lineage-diagram__edge--" + kind().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** Dashed for alternatives, so the kind does not rest on colour. */
		public String dashes() {
			return "ALTERNATIVE_TO".equals(kind()) ? "5 4" : null;
		}

		public double strokeWidth() {
			return "SUPERSEDES".equals(kind()) ? 3 : 1.5;
		}

	}

}
