package org.parley.read;

import org.parley.position.ArgumentKind;
import org.parley.source.Evidence;

/**
 * An argument on a position as the pages show it: its kind, the words, the speaker's
 * words, what it is about (a proposal or a topic, or neither) and its evidence.
 */
public record ArgumentView(long id, ArgumentKind kind, String argument, String quote, Long aboutProposalId,
		String aboutProposal, Long aboutTopicId, String aboutTopic, Evidence evidence) {
}
