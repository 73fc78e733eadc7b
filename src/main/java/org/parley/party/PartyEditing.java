package org.parley.party;

import java.util.List;
import java.util.Optional;

import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.shared.StaleVersionException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to parties. Each method is one transaction; an edit or delete names the
 * version the editor saw, and is refused when the party changed since.
 */
@Service
@Transactional
public class PartyEditing {

	/**
	 * Everything that refers to a party, by plain SQL so that this feature depends on
	 * none of those that refer to it.
	 */
	static final References REFERENCES = References.of()
		.with("negotiations",
				"select n.title as name from negotiation_party np join negotiation n on n.id = np.negotiation_id "
						+ "where np.party_id = ?")
		.with("people", "select full_name as name from person where party_id = ?")
		.with("positions",
				"select pr.title || ' (' || p.stated_on || ')' as name from position p "
						+ "join proposal pr on pr.id = p.proposal_id where p.party_id = ?")
		.with("proposals",
				"select pr.title as name from proposal_proposer pp join proposal pr on pr.id = pp.proposal_id "
						+ "where pp.party_id = ?")
		.with("roundsMediated", "select title as name from round where mediator_party_id = ?")
		.with("roundsAttended",
				"select r.title as name from round_party rp join round r on r.id = rp.round_id where rp.party_id = ?")
		.with("proposalsIntroduced",
				"select pr.title || ' (' || r.title || ')' as name from round_proposal rpr "
						+ "join proposal pr on pr.id = rpr.proposal_id join round r on r.id = rpr.round_id "
						+ "where rpr.introduced_by_party_id = ?");

	private final PartyRepository parties;

	private final JdbcTemplate jdbc;

	private final SlugClaims slugClaims;

	PartyEditing(PartyRepository parties, JdbcTemplate jdbc, SlugClaims slugClaims) {
		this.slugClaims = slugClaims;
		this.parties = parties;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Party> find(long id) {
		return this.parties.findById(id);
	}

	/** Adds a party; its slug comes from the name, numbered if taken. */
	public Party create(PartyDetails details) {
		String slug = this.slugClaims.unique("party", Slugs.of(details.name(), "party"),
				(candidate) -> this.parties.findBySlug(candidate).isPresent());
		Party party = new Party(slug, details.name(), details.kind());
		apply(party, details);
		return this.parties.save(party);
	}

	/**
	 * Changes a party; its slug stays, so links keep working.
	 * @throws StaleVersionException if the party changed since {@code version}
	 */
	public Party update(long id, long version, PartyDetails details) {
		Party party = current(id, version);
		apply(party, details);
		return party;
	}

	/**
	 * Deletes a party nothing refers to; the audit trail keeps its history.
	 * @throws RecordInUseException if anything refers to it
	 * @throws StaleVersionException if the party changed since {@code version}
	 */
	public void delete(long id, long version) {
		Party party = current(id, version);
		List<Reference> references = references(id);
		if (!references.isEmpty()) {
			throw new RecordInUseException("Party", id, references);
		}
		this.parties.delete(party);
		this.parties.flush();
	}

	/** What refers to the party, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> references(long id) {
		return REFERENCES.find(this.jdbc, id);
	}

	private Party current(long id, long version) {
		Party party = this.parties.findById(id).orElseThrow(() -> new StaleVersionException("Party", id));
		if (party.getVersion() != version) {
			throw new StaleVersionException("Party", id);
		}
		return party;
	}

	private static void apply(Party party, PartyDetails details) {
		party.rename(details.name(), details.shortName());
		party.reclassify(details.kind(), details.countryCode());
	}

}
