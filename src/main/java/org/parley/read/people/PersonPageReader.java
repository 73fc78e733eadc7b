package org.parley.read.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;

import org.parley.read.PositionEntry;
import org.parley.read.PositionEntryReader;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the person page: the person in one statement, a page of the positions they voiced
 * in one more and their evidence in two more.
 */
@Component
class PersonPageReader {

	private static final String BY_SPEAKER = "po.speaker_id = :id";

	private final NamedParameterJdbcTemplate jdbc;

	private final PositionEntryReader positions;

	PersonPageReader(NamedParameterJdbcTemplate jdbc, PositionEntryReader positions) {
		this.jdbc = jdbc;
		this.positions = positions;
	}

	Optional<PersonProfile.Person> person(long id) {
		return this.jdbc.query("""
				select p.id, p.full_name, p.native_name, p.title, pa.id as party_id, pa.name as party_name
				from person p left join party pa on pa.id = p.party_id
				where p.id = :id
				""", parameters(id), (rs, row) -> {
			long party = rs.getLong("party_id");
			Long partyId = rs.wasNull() ? null : party;
			return new PersonProfile.Person(rs.getLong("id"), rs.getString("full_name"), rs.getString("native_name"),
					rs.getString("title"), partyId, rs.getString("party_name"));
		}).stream().findFirst();
	}

	/**
	 * The latest rounds a person was a delegate at, with the post held there, and how
	 * many there are in all: one statement, bounded by {@code limit}.
	 */
	Attended roundsAttended(long personId, int limit) {
		List<PersonProfile.Attended> rounds = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.query("""
				select r.id, r.title, r.starts_on, n.title as negotiation_title, post.post,
				       count(*) over () as total
				from round_delegate rd
				join round r on r.id = rd.round_id
				join negotiation n on n.id = r.negotiation_id
				left join round_delegate_post post on post.round_id = rd.round_id and post.person_id = rd.person_id
				where rd.person_id = :id
				order by r.starts_on desc, r.id desc
				limit :limit
				""", parameters(personId).addValue("limit", limit), (rs) -> {
			total[0] = rs.getLong("total");
			rounds.add(new PersonProfile.Attended(rs.getLong("id"), rs.getString("title"),
					rs.getObject("starts_on", LocalDate.class), rs.getString("negotiation_title"),
					rs.getString("post")));
		});
		return new Attended(List.copyOf(rounds), total[0]);
	}

	/** A page's worth of the rounds attended, and how many there are. */
	record Attended(List<PersonProfile.Attended> rounds, long total) {
	}

	/** The positions a person voiced, latest first. */
	Page<PositionEntry> positionsOfSpeaker(long personId, Pageable pageable) {
		return this.positions.positions(BY_SPEAKER, "po.stated_on desc, po.id desc", personId, pageable);
	}

	private static MapSqlParameterSource parameters(long id) {
		return new MapSqlParameterSource("id", id);
	}

}
