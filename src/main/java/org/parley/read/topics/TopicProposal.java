package org.parley.read.topics;

import java.util.List;

import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;

/** A proposal on a topic with every party's current stance on it. */
public record TopicProposal(long id, String title, ProposalStatus status, List<StanceView> stances) {
}
