package org.parley.read.topics;

/** A region named on another's page: one it lies within, or one lying within it. */
public record RegionRef(long id, String name) {
}
