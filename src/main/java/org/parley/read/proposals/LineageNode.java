package org.parley.read.proposals;

import java.util.List;

import org.parley.proposal.ProposalStatus;
import org.parley.source.Evidence;

/**
 * A proposal in a lineage tree, with its related proposals grouped by how they relate.
 *
 * @param note why it is related to its parent node, or {@code null}
 * @param evidence the reports cited for that relation
 * @param current whether it is the proposal whose page this is
 */
public record LineageNode(long proposalId, String title, ProposalStatus status, String note, Evidence evidence,
		boolean current, List<Group> groups) {

	public boolean hasGroups() {
		return !this.groups.isEmpty();
	}

	/**
	 * The proposals related to a node in one way.
	 *
	 * @param relation the message key suffix, e.g. {@code PART_OF.out} ("part of") or
	 * {@code PART_OF.in} ("parts")
	 */
	public record Group(String relation, List<LineageNode> nodes) {
	}

}
