package org.parley.topic;

/** What an editor sets on a topic. */
public record TopicDetails(String name, String description) {
}
