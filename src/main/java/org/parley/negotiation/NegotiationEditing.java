package org.parley.negotiation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
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
 * What editors do to negotiations. Each method is one transaction; an edit or delete
 * names the version the editor saw, and is refused when the negotiation changed since.
 * Changing only who is involved counts as a change of the negotiation too.
 */
@Service
@Transactional
public class NegotiationEditing {

	/** Slugs that would collide with the addresses under {@code /negotiations/}. */
	public static final Set<String> RESERVED_SLUGS = Set.of("new");

	/** Everything that refers to a negotiation (its own party roles go with it). */
	static final References REFERENCES = References.of()
		.with("rounds", "select title as name from round where negotiation_id = ?")
		.with("proposalsOf", "select title as name from proposal where negotiation_id = ?");

	/**
	 * What is deleted with the negotiation, by kind: listed before the editor confirms.
	 */
	static final References GOES_WITH = References.of()
		.with("involvements",
				"select p.name as name from negotiation_party np join party p on p.id = np.party_id where np.negotiation_id = ?");

	private final NegotiationRepository negotiations;

	private final PartyRepository parties;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final SlugClaims slugClaims;

	NegotiationEditing(NegotiationRepository negotiations, PartyRepository parties, EntityManager entityManager,
			JdbcTemplate jdbc, SlugClaims slugClaims) {
		this.slugClaims = slugClaims;
		this.negotiations = negotiations;
		this.parties = parties;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The negotiation with its parties loaded. */
	@Transactional(readOnly = true)
	public Optional<Negotiation> find(long id) {
		return this.negotiations.findWithPartiesById(id);
	}

	/**
	 * Whether another negotiation has this slug (or it is reserved).
	 * @param slug the slug
	 * @param self the negotiation asking, or {@code null} for a new one
	 * @return whether taken
	 */
	@Transactional(readOnly = true)
	public boolean slugTaken(String slug, Long self) {
		if (RESERVED_SLUGS.contains(slug)) {
			return true;
		}
		return this.negotiations.findBySlug(slug).filter((other) -> !other.getId().equals(self)).isPresent();
	}

	/**
	 * Adds a negotiation.
	 * @throws IllegalArgumentException if a party does not exist
	 */
	public Negotiation create(NegotiationDetails details) {
		String slug = (details.slug() != null) ? details.slug() : derivedSlug(details.title(), null);
		Negotiation negotiation = new Negotiation(slug, details.title());
		negotiation.describe(details.description());
		involve(negotiation, details.parties());
		return this.negotiations.save(negotiation);
	}

	/**
	 * Changes a negotiation, its parties included.
	 * @throws StaleVersionException if it changed since {@code version}
	 * @throws IllegalArgumentException if a party does not exist
	 */
	public Negotiation update(long id, long version, NegotiationDetails details) {
		Negotiation negotiation = current(id, version);
		negotiation.retitle(details.title());
		negotiation.describe(details.description());
		String slug = (details.slug() != null) ? details.slug() : derivedSlug(details.title(), id);
		if (!slug.equals(negotiation.getSlug())) {
			negotiation.changeSlug(slug);
		}
		if (involve(negotiation, details.parties())) {
			// The roles live in their own rows: make the change count against the
			// negotiation's version, so two editors changing only parties still collide.
			try {
				this.entityManager.lock(negotiation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			}
			catch (OptimisticLockException ex) {
				throw new StaleVersionException("Negotiation", id);
			}
		}
		return negotiation;
	}

	/**
	 * Deletes a negotiation nothing refers to, with its parties' roles.
	 * @throws RecordInUseException if rounds or proposals belong to it
	 * @throws StaleVersionException if it changed since {@code version}
	 */
	public void delete(long id, long version) {
		Negotiation negotiation = current(id, version);
		List<Reference> references = references(id);
		if (!references.isEmpty()) {
			throw new RecordInUseException("Negotiation", id, references);
		}
		this.negotiations.delete(negotiation);
		this.negotiations.flush();
	}

	@Transactional(readOnly = true)
	public List<Reference> references(long id) {
		return REFERENCES.find(this.jdbc, id);
	}

	/** Makes the negotiation's parties the given ones; whether anything changed. */
	private boolean involve(Negotiation negotiation, List<NegotiationDetails.Involvement> wanted) {
		Map<Long, PartyRole> before = roles(negotiation);
		Map<Long, PartyRole> after = new HashMap<>();
		wanted.forEach((involvement) -> after.put(involvement.partyId(), involvement.role()));
		for (Party party : negotiation.getParties().stream().map(NegotiationParty::getParty).toList()) {
			if (!after.containsKey(party.getId())) {
				negotiation.withdraw(party);
			}
		}
		for (NegotiationDetails.Involvement involvement : wanted) {
			if (!Objects.equals(before.get(involvement.partyId()), involvement.role())) {
				Party party = this.parties.findById(involvement.partyId())
					.orElseThrow(() -> new IllegalArgumentException("no party #" + involvement.partyId()));
				negotiation.involve(party, involvement.role());
			}
		}
		return !before.equals(after);
	}

	private static Map<Long, PartyRole> roles(Negotiation negotiation) {
		return negotiation.getParties()
			.stream()
			.collect(Collectors.toMap((membership) -> membership.getParty().getId(), NegotiationParty::getRole));
	}

	private String derivedSlug(String title, Long self) {
		return this.slugClaims.unique("negotiation", Slugs.of(title, "negotiation"),
				(candidate) -> slugTaken(candidate, self));
	}

	private Negotiation current(long id, long version) {
		Negotiation negotiation = this.negotiations.findWithPartiesById(id)
			.orElseThrow(() -> new StaleVersionException("Negotiation", id));
		if (negotiation.getVersion() != version) {
			throw new StaleVersionException("Negotiation", id);
		}
		return negotiation;
	}

	/** What would be deleted with the negotiation, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> goesWith(long id) {
		return GOES_WITH.find(this.jdbc, id);
	}

}
