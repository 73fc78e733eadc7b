/**
 * Synthetic records of any size for benchmarks and scale tests: negotiations, rounds,
 * proposals, positions, citations and their audit trail, bulk-loaded inside PostgreSQL.
 */
package org.parley.generator;
