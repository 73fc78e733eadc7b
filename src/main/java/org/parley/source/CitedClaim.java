package org.parley.source;

/**
 * One row of a citation link table: the claim (a round, proposal, position …) by id, the
 * citation, and whether it supports or disputes the claim. Pages read these with a
 * projection query.
 */
public record CitedClaim(Long claimId, Long citationId, Bearing bearing) {
}
