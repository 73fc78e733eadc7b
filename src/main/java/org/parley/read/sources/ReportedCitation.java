package org.parley.read.sources;

import java.util.List;

import org.parley.source.CitationView;

/** One report of a source with the claims it supports or disputes. */
public record ReportedCitation(CitationView citation, List<Claim> claims) {
}
