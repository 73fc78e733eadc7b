package org.parley.read.proposals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.read.proposals.Lineage.Edge;
import org.parley.read.proposals.Lineage.End;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;

class LineageTests {

	private final End plan = new End(1, "28-point plan", ProposalStatus.TABLED);

	private final End dmz = new End(2, "DMZ", ProposalStatus.TABLED);

	private final End joint = new End(3, "Joint administration", ProposalStatus.UNDER_DISCUSSION);

	private final End freeze = new End(4, "Freeze", ProposalStatus.FLOATED);

	private final End withdrawal = new End(5, "Withdrawal", ProposalStatus.TABLED);

	private final List<Edge> geneva = List.of(new Edge(this.dmz, RelationKind.PART_OF, this.plan, "in the plan"),
			new Edge(this.joint, RelationKind.EVOLVED_FROM, this.dmz, null),
			new Edge(this.freeze, RelationKind.ALTERNATIVE_TO, this.dmz, null),
			new Edge(this.freeze, RelationKind.ALTERNATIVE_TO, this.joint, null),
			new Edge(this.withdrawal, RelationKind.ALTERNATIVE_TO, this.freeze, null));

	@Test
	void readsOutwardsFromTheProposalEachRelationInItsOwnDirection() {
		LineageNode root = Lineage.tree(this.joint, this.geneva);
		assertThat(root.current()).isTrue();
		assertThat(root.groups()).extracting(LineageNode.Group::relation)
			.containsExactly("EVOLVED_FROM.out", "ALTERNATIVE_TO.in");
		LineageNode dmz = root.groups().get(0).nodes().get(0);
		assertThat(dmz.title()).isEqualTo("DMZ");
		// The DMZ's other relations lead to proposals already shown nearer the root.
		assertThat(dmz.groups()).singleElement().satisfies((group) -> {
			assertThat(group.relation()).isEqualTo("PART_OF.out");
			assertThat(group.nodes()).singleElement().satisfies((plan) -> {
				assertThat(plan.title()).isEqualTo("28-point plan");
				assertThat(plan.note()).isEqualTo("in the plan");
				assertThat(plan.current()).isFalse();
			});
		});
		LineageNode freeze = root.groups().get(1).nodes().get(0);
		assertThat(freeze.groups()).singleElement()
			.satisfies(
					(group) -> assertThat(group.nodes()).extracting(LineageNode::title).containsExactly("Withdrawal"));
	}

	@Test
	void fromTheWholeThePartsReadTheOtherWay() {
		LineageNode root = Lineage.tree(this.plan, this.geneva);
		assertThat(root.groups()).singleElement().satisfies((group) -> {
			assertThat(group.relation()).isEqualTo("PART_OF.in");
			assertThat(group.nodes()).extracting(LineageNode::title).containsExactly("DMZ");
		});
	}

	@Test
	void stopsAtCyclesAndAtItsDepth() {
		End a = new End(10, "A", ProposalStatus.FLOATED);
		End b = new End(11, "B", ProposalStatus.FLOATED);
		End c = new End(12, "C", ProposalStatus.FLOATED);
		End d = new End(13, "D", ProposalStatus.FLOATED);
		End e = new End(14, "E", ProposalStatus.FLOATED);
		List<Edge> chain = List.of(new Edge(b, RelationKind.SUPERSEDES, a, null),
				new Edge(c, RelationKind.SUPERSEDES, b, null), new Edge(a, RelationKind.SUPERSEDES, c, null),
				new Edge(d, RelationKind.EVOLVED_FROM, c, null), new Edge(e, RelationKind.EVOLVED_FROM, d, null));
		LineageNode root = Lineage.tree(a, chain);
		assertThat(root.groups()).extracting(LineageNode.Group::relation)
			.containsExactly("SUPERSEDES.out", "SUPERSEDES.in");
		LineageNode c1 = root.groups().get(0).nodes().get(0);
		assertThat(c1.title()).isEqualTo("C");
		LineageNode d2 = c1.groups().get(0).nodes().get(0);
		assertThat(d2.title()).isEqualTo("D");
		LineageNode e3 = d2.groups().get(0).nodes().get(0);
		assertThat(e3.title()).isEqualTo("E");
		assertThat(e3.hasGroups()).isFalse();
		assertThat(root.groups().get(1).nodes().get(0).hasGroups()).as("B leads only back to A and C").isFalse();
	}

}
