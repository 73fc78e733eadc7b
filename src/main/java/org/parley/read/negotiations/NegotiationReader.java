package org.parley.read.negotiations;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a negotiation's rounds and proposals for its page, one statement each. */
@Component
class NegotiationReader {

	static final int ROUNDS_SHOWN = 20;

	static final int PROPOSALS_SHOWN = 50;

	// The latest rounds, shown earliest first; count(*) over () is the total before
	// LIMIT.
	private static final String ROUNDS = """
			select * from (
			    select r.id, r.title, r.place, r.starts_on, r.ends_on, r.format, r.outcome, count(*) over () as total
			    from round r where r.negotiation_id = :negotiation
			    order by r.starts_on desc, r.id desc limit :limit
			) latest order by starts_on, id
			""";

	// Statuses in the order of the enum: floated, under discussion, tabled, ...
	private static final String STATUS_ORDER = Arrays.stream(ProposalStatus.values())
		.map((status) -> "when '" + status.name() + "' then " + status.ordinal())
		.collect(Collectors.joining(" ", "case p.status ", " end"));

	private static final String PROPOSALS = """
			select p.id, p.title, p.status, p.first_reported_on, count(*) over () as total
			from proposal p where p.negotiation_id = :negotiation
			order by %s, p.title, p.id limit :limit
			""".formatted(STATUS_ORDER);

	private final NamedParameterJdbcTemplate jdbc;

	NegotiationReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Counted<List<NegotiationPage.RoundItem>> rounds(long negotiationId) {
		long[] total = { 0 };
		List<NegotiationPage.RoundItem> rounds = this.jdbc.query(ROUNDS,
				new MapSqlParameterSource("negotiation", negotiationId).addValue("limit", ROUNDS_SHOWN), (rs, row) -> {
					total[0] = rs.getLong("total");
					return new NegotiationPage.RoundItem(rs.getLong("id"), rs.getString("title"), rs.getString("place"),
							rs.getDate("starts_on").toLocalDate(), date(rs.getDate("ends_on")),
							RoundFormat.valueOf(rs.getString("format")), RoundOutcome.valueOf(rs.getString("outcome")));
				});
		return new Counted<>(rounds, total[0]);
	}

	Counted<Map<ProposalStatus, List<NegotiationPage.ProposalItem>>> proposalsByStatus(long negotiationId) {
		long[] total = { 0 };
		List<NegotiationPage.ProposalItem> proposals = this.jdbc.query(PROPOSALS,
				new MapSqlParameterSource("negotiation", negotiationId).addValue("limit", PROPOSALS_SHOWN),
				(rs, row) -> {
					total[0] = rs.getLong("total");
					return new NegotiationPage.ProposalItem(rs.getLong("id"), rs.getString("title"),
							ProposalStatus.valueOf(rs.getString("status")), date(rs.getDate("first_reported_on")));
				});
		Map<ProposalStatus, List<NegotiationPage.ProposalItem>> byStatus = new EnumMap<>(ProposalStatus.class);
		for (NegotiationPage.ProposalItem proposal : proposals) {
			byStatus.computeIfAbsent(proposal.status(), (status) -> new ArrayList<>()).add(proposal);
		}
		return new Counted<>(byStatus, total[0]);
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/** Some of a list, and how long the whole list is. */
	record Counted<T>(T shown, long total) {
	}

}
