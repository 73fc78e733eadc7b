/**
 * Reference pages: a source with everything it reported, and a topic with the proposals
 * and positions on it. They read proposals, positions and evidence together, so this
 * package sits above all of those; no other feature depends on it.
 */
package org.parley.reference;
