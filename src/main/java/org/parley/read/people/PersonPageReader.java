package org.parley.read.people;

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

	/** The positions a person voiced, latest first. */
	Page<PositionEntry> positionsOfSpeaker(long personId, Pageable pageable) {
		return this.positions.positions(BY_SPEAKER, "po.stated_on desc, po.id desc", personId, pageable);
	}

	private static MapSqlParameterSource parameters(long id) {
		return new MapSqlParameterSource("id", id);
	}

}
