package org.parley.test;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The address of every kind of page an admin can open on the Geneva demo record, read
 * pages and forms alike: what the markup and accessibility checks walk. A page added to
 * the application gets its address here.
 */
public final class EveryPage {

	private EveryPage() {
	}

	public static List<String> addresses(JdbcTemplate jdbc) {
		Ids ids = new Ids(jdbc);
		long negotiation = ids.slug("negotiation", "russia-ukraine");
		long round = ids.slug("round", "geneva-2026-02-17");
		long proposal = ids.slug("proposal", "joint-civilian-administration");
		long party = ids.slug("party", "ukraine");
		long person = ids.slug("person", "oleksandr-merezhko");
		long topic = ids.slug("topic", "status-of-donbas");
		long region = ids.slug("region", "donbas");
		long source = ids.slug("source", "report");
		long position = ids.first("position");
		long citation = ids.first("citation");
		long account = ids.first("app_user");
		List<String> pages = new ArrayList<>(List.of("/", "/proposals",
				"/proposals?negotiation=russia-ukraine&status=FLOATED&topic=status-of-donbas&party=ukraine&stance=REJECTS&q=administration&sort=title",
				"/proposals/" + proposal, "/rounds", "/rounds?negotiation=russia-ukraine&from=2026-01-01&to=2026-12-31",
				"/rounds/" + round, "/matrix", "/matrix?negotiation=russia-ukraine&asOf=2026-02-18&compare=2026-02-16",
				"/negotiations/russia-ukraine", "/parties", "/parties/" + party, "/people", "/people/" + person,
				"/topics", "/topics/" + topic, "/regions", "/regions/" + region, "/search?q=Merezhko",
				"/search?q=administration", "/search?q=zzqxjv", "/search", "/changes", "/changes?kind=proposals",
				"/sources", "/sources/" + source, "/negotiations", "/codebook"));
		pages.addAll(List.of("/proposals?grade=B2&hideAnonymous=true", "/matrix?grade=B2&hideAnonymous=true",
				"/parties/" + party + "?grade=B2", "/search?q=DMZ&kind=proposals"));
		// Arguments and preconditions: filtered by kind and party, a proposal others are
		// conditioned on, and a position carrying arguments on its form.
		long withdrawal = ids.slug("proposal", "ukrainian-withdrawal-from-donbas");
		long argued = jdbc.queryForObject("select min(position_id) from position_argument", Long.class);
		pages.addAll(List.of("/proposals/" + proposal + "?argument=FEASIBILITY&party=" + party,
				"/proposals/" + withdrawal, "/positions/" + argued + "/edit", "/positions/" + argued + "/history"));
		pages.addAll(List.of("/proposals/" + proposal + "/history", "/parties/" + party + "/history",
				"/rounds/" + round + "/history", "/people/" + person + "/history", "/topics/" + topic + "/history",
				"/regions/" + region + "/history", "/negotiations/" + negotiation + "/history"));
		pages.addAll(List.of("/account/password", "/account/two-factor", "/account/sessions", "/account/tokens"));
		pages.addAll(List.of("/log", "/log?negotiation=" + negotiation, "/rounds/new", "/rounds/" + round + "/edit",
				"/proposals/new", "/proposals/" + proposal + "/edit", "/positions/new?proposal=" + proposal,
				"/positions/" + position + "/edit", "/citations/new", "/citations/new?round=" + round,
				"/citations/" + citation + "/edit", "/negotiations/new", "/negotiations/" + negotiation + "/edit",
				"/parties/new", "/parties/" + party + "/edit", "/people/new", "/people/" + person + "/edit",
				"/topics/new", "/topics/" + topic + "/edit", "/topics/" + topic + "/merge", "/regions/new",
				"/regions/" + region + "/edit", "/regions/" + region + "/merge", "/aliases", "/aliases/new"));
		pages.addAll(List.of("/admin/audit", "/admin/users", "/admin/users/new", "/admin/users/" + account + "/edit",
				"/admin/sources", "/admin/sources/new", "/admin/sources/" + source + "/edit",
				"/admin/sources/" + source + "/merge", "/admin/webhooks"));
		return pages;
	}

	private record Ids(JdbcTemplate jdbc) {

		long slug(String table, String slug) {
			return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
		}

		long first(String table) {
			return this.jdbc.queryForObject("select min(id) from " + table, Long.class);
		}

	}

}
