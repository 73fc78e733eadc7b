package org.parley.read.matrix;

/** A negotiation as the matrix and negotiation pages name it. */
public record NegotiationRef(long id, String slug, String title, String description) {
}
