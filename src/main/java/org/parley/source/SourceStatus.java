package org.parley.source;

/**
 * Whether a source may be cited: new ones wait for an admin, retired ones stay for old
 * citations.
 */
public enum SourceStatus {

	ACTIVE, PENDING, RETIRED

}
