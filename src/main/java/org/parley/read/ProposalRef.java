package org.parley.read;

/** A proposal named on a page by id and title (one a position conditions, say). */
public record ProposalRef(long id, String title) {
}
