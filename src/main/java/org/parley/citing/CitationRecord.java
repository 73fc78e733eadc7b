package org.parley.citing;

import org.parley.source.SourceStatus;

/**
 * A citation as an editor's form needs it, read in one transaction.
 *
 * @param id the citation
 * @param version its version
 * @param sourceId its source
 * @param sourceName the source's name
 * @param sourceStatus whether the source is accepted yet
 * @param details what it says
 */
public record CitationRecord(long id, long version, long sourceId, String sourceName, SourceStatus sourceStatus,
		CitationDetails details) {
}
