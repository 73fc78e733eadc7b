package org.parley.read.topics;

/** A topic as its page shows it, with how many proposals concern it. */
public record TopicDetails(long id, String slug, String name, String description, long proposalCount) {
}
