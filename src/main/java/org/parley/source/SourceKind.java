package org.parley.source;

/** What sort of outlet or channel a source is. */
public enum SourceKind {

	MEDIA, GOVERNMENT, INTERNATIONAL_ORGANISATION, NGO, SOCIAL_MEDIA, OTHER

}
