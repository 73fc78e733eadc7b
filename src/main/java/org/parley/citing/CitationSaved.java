package org.parley.citing;

/**
 * A citation just saved, and where to show it.
 *
 * @param id the citation
 * @param sourceName its source's name, for the notice
 * @param page the page to go to: the cited record's, or the source's
 */
public record CitationSaved(long id, String sourceName, String page) {
}
