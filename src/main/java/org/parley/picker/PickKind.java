package org.parley.picker;

/**
 * What an editor can pick in a form by typing part of its name. Each kind is one query
 * over its table: a label to show and the id to submit.
 */
public enum PickKind {

	PARTY("select id, name || coalesce(' (' || nullif(short_name, name) || ')', '') as label from party "
			+ "where ? = '' or name ilike ? or short_name ilike ? or country_code ilike ? order by name"),

	PERSON("select p.id, p.full_name || coalesce(' — ' || pa.name, '') as label from person p "
			+ "left join party pa on pa.id = p.party_id "
			+ "where ? = '' or p.full_name ilike ? or p.native_name ilike ? or p.title ilike ? order by p.full_name"),

	PROPOSAL("select pr.id, pr.title || ' — ' || n.title as label from proposal pr "
			+ "join negotiation n on n.id = pr.negotiation_id "
			+ "where ? = '' or pr.title ilike ? or pr.slug ilike ? or n.title ilike ? order by lower(pr.title), pr.id"),

	/** Retired sources are not cited any more; pending ones may be, and say so. */
	SOURCE("select id, name || case when status = 'PENDING' then ' (pending)' else '' end as label from source "
			+ "where status <> 'RETIRED' and (? = '' or name ilike ? or slug ilike ? or homepage ilike ?) order by name"),

	/** A topic by its name: for a new proposal, or to keep when merging a duplicate. */
	TOPIC("select id, name as label from topic "
			+ "where ? = '' or name ilike ? or slug ilike ? or description ilike ? order by lower(name), id"),

	/** A region with the one it lies within: "Donetsk Oblast (Donbas)". */
	REGION("select r.id, r.name || coalesce(' (' || pa.name || ')', '') as label from region r "
			+ "left join region pa on pa.id = r.parent_id "
			+ "where ? = '' or r.name ilike ? or r.slug ilike ? or r.country_code ilike ? order by lower(r.name), r.id"),

	/**
	 * A report by its outlet, its headline (or the opening of its excerpt, so that
	 * fourteen excerpts of one article tell apart), its date and its grade (B2).
	 */
	CITATION("select c.id, s.name || coalesce(' · ' || coalesce(c.headline, "
			+ "'“' || left(regexp_replace(c.excerpt, '\\s+', ' ', 'g'), 60) || '…”'), '') || ' · ' "
			+ "|| coalesce(to_char(c.published_on, 'YYYY-MM-DD'), 'undated') || ' · ' || s.reliability || c.credibility "
			+ "as label from citation c join source s on s.id = c.source_id "
			+ "where ? = '' or s.name ilike ? or c.headline ilike ? or c.url ilike ? "
			+ "order by c.published_on desc nulls last, c.id desc");

	private final String sql;

	PickKind(String sql) {
		this.sql = sql;
	}

	String sql() {
		return this.sql;
	}

	/**
	 * @param name a kind as written in an address, e.g. {@code party}
	 * @return the kind
	 * @throws IllegalArgumentException for no known kind
	 */
	public static PickKind of(String name) {
		return PickKind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
	}

}
