/**
 * The proposal pages: the list of proposals with their filters and each proposal's own
 * page, where its lineage, every party's stance and its history, the rounds it was
 * discussed at and the reports behind each claim come together. It reads across
 * {@code proposal}, {@code round}, {@code position} and {@code source}.
 */
package org.parley.read.proposals;
