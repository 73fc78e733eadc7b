package org.parley.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.shared.StaleVersionException;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Cited;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to people. Each method is one transaction; an edit or delete names the
 * version the editor saw, and is refused when the person changed since.
 */
@Service
@Transactional
public class PersonEditing {

	/** Everything that refers to a person, by plain SQL. */
	static final References REFERENCES = References.of()
		.with("positionsVoiced",
				"select pr.title || ' (' || p.stated_on || ')' as name from position p "
						+ "join proposal pr on pr.id = p.proposal_id where p.speaker_id = ?")
		.with("roundsAttended", "select r.title as name from round_delegate rd join round r on r.id = rd.round_id "
				+ "where rd.person_id = ?");

	private final PersonRepository people;

	private final PartyRepository parties;

	private final JdbcTemplate jdbc;

	private final SlugClaims slugClaims;

	private final CitationRepository citations;

	private final EntityManager entityManager;

	PersonEditing(PersonRepository people, PartyRepository parties, JdbcTemplate jdbc, SlugClaims slugClaims,
			CitationRepository citations, EntityManager entityManager) {
		this.citations = citations;
		this.entityManager = entityManager;
		this.slugClaims = slugClaims;
		this.people = people;
		this.parties = parties;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(long id) {
		return this.people.findWithPartyById(id);
	}

	/**
	 * Adds a person; the slug comes from the name, numbered if taken.
	 * @throws IllegalArgumentException if the party does not exist
	 */
	public Person create(PersonDetails details) {
		String slug = this.slugClaims.unique("person", Slugs.of(details.fullName(), "person"),
				(candidate) -> this.people.findBySlug(candidate).isPresent());
		Person person = new Person(slug, details.fullName());
		apply(person, details);
		return this.people.save(person);
	}

	/**
	 * Changes a person; the slug stays.
	 * @throws StaleVersionException if the person changed since {@code version}
	 * @throws IllegalArgumentException if the party does not exist
	 */
	public Person update(long id, long version, PersonDetails details) {
		Person person = current(id, version);
		PersonDetails before = PersonDetails.of(person);
		apply(person, details);
		this.entityManager.flush();
		if (!PersonDetails.of(person).equals(before) && person.getVersion() == version) {
			// Only its titles changed: make that count against the person's version.
			this.entityManager.lock(person, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		return person;
	}

	/** The person as an editor sets them, with their dated titles. */
	@Transactional(readOnly = true)
	public Optional<PersonDetails> details(long id) {
		return this.people.findById(id).map(PersonDetails::of);
	}

	/**
	 * Deletes a person nothing refers to; the audit trail keeps the history.
	 * @throws RecordInUseException if anything refers to them
	 * @throws StaleVersionException if the person changed since {@code version}
	 */
	public void delete(long id, long version) {
		Person person = current(id, version);
		List<Reference> references = references(id);
		if (!references.isEmpty()) {
			throw new RecordInUseException("Person", id, references);
		}
		this.people.delete(person);
		this.people.flush();
	}

	@Transactional(readOnly = true)
	public List<Reference> references(long id) {
		return REFERENCES.find(this.jdbc, id);
	}

	private Person current(long id, long version) {
		Person person = this.people.findById(id).orElseThrow(() -> new StaleVersionException("Person", id));
		if (person.getVersion() != version) {
			throw new StaleVersionException("Person", id);
		}
		return person;
	}

	private void apply(Person person, PersonDetails details) {
		Party party = null;
		if (details.partyId() != null) {
			party = this.parties.findById(details.partyId())
				.orElseThrow(() -> new IllegalArgumentException("no party #" + details.partyId()));
		}
		person.rename(details.fullName(), details.nativeName());
		person.appoint(details.title(), party);
		syncTitles(person, details.titles());
	}

	/**
	 * Makes the person's dated titles those wanted: one with a stored id corrects it, one
	 * without is added, a stored one not named goes.
	 */
	private void syncTitles(Person person, List<PersonDetails.Held> wanted) {
		List<Long> kept = wanted.stream().map(PersonDetails.Held::id).filter((id) -> id != null).toList();
		for (PersonTitle title : List.copyOf(person.getTitles())) {
			if (!kept.contains(title.getId())) {
				person.removeTitle(title);
			}
		}
		Map<Long, Citation> cited = new LinkedHashMap<>();
		this.citations
			.findAllById(wanted.stream().flatMap((held) -> held.citations().stream()).map(Cited::citationId).toList())
			.forEach((citation) -> cited.put(citation.getId(), citation));
		for (PersonDetails.Held wish : wanted) {
			PersonTitle title = person.getTitles()
				.stream()
				.filter((stored) -> wish.id() != null && wish.id().equals(stored.getId()))
				.findFirst()
				.orElseGet(() -> person.addTitle(wish.title(), wish.heldOn()));
			title.retitle(wish.title(), wish.heldOn());
			title.recite(wish.citations(), cited);
		}
	}

}
