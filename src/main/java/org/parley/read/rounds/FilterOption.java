package org.parley.read.rounds;

/** One choice in a filter's list: the value sent and the label shown. */
public record FilterOption(String value, String label) {
}
