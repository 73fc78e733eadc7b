/**
 * Editing citations: the report, its source (or a new one proposed, pending until an
 * admin accepts it) and, when a citation is made for a round, a proposal or a position,
 * the link to that record in the same transaction. Nothing depends on this feature.
 */
package org.parley.citing;
