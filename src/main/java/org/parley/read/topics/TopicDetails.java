package org.parley.read.topics;

/** A topic as its page shows it, with how many proposals and positions concern it. */
public record TopicDetails(long id, String name, String description, long proposalCount, long positionCount) {
}
