package org.parley.citing;

import java.util.List;
import java.util.Optional;

import org.parley.position.Position;
import org.parley.position.PositionRepository;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.round.Round;
import org.parley.round.RoundRepository;
import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.StaleVersionException;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Source;
import org.parley.source.SourceAdministration;
import org.parley.source.SourceRepository;
import org.parley.source.SourceStatus;
import org.parley.source.TooManyCitationsException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to citations. Each method is one transaction: a new citation, the
 * source proposed with it and its link to the record it backs are saved together or not
 * at all; an edit or delete names the version the editor saw.
 */
@Service
@Transactional
public class CitationEditing {

	/** Everything that refers to a citation, by plain SQL. */
	static final References REFERENCES = References.of()
		.with("citedByRounds",
				"select r.title as name from round_citation rc join round r on r.id = rc.round_id where rc.citation_id = ?")
		.with("citedByProposals",
				"select p.title as name from proposal_citation pc join proposal p on p.id = pc.proposal_id "
						+ "where pc.citation_id = ?")
		.with("citedByRoundProposals",
				"select p.title || ' (' || r.title || ')' as name from round_proposal_citation rpc "
						+ "join round_proposal rp on rp.id = rpc.round_proposal_id "
						+ "join proposal p on p.id = rp.proposal_id join round r on r.id = rp.round_id "
						+ "where rpc.citation_id = ?")
		.with("citedByPositions",
				"select pa.name || ' on ' || pr.title || ' (' || po.stated_on || ')' as name from position_citation pc "
						+ "join position po on po.id = pc.position_id join party pa on pa.id = po.party_id "
						+ "join proposal pr on pr.id = po.proposal_id where pc.citation_id = ?")
		.with("citedByRelations",
				"select a.title || ' → ' || b.title as name from proposal_relation_citation x "
						+ "join proposal_relation r on r.id = x.relation_id join proposal a on a.id = r.proposal_id "
						+ "join proposal b on b.id = r.related_proposal_id where x.citation_id = ?")
		.with("citedByArguments", "select pa.name || ': ' || left(a.argument, 80) as name "
				+ "from position_argument_citation x join position_argument a on a.id = x.argument_id "
				+ "join position po on po.id = a.position_id join party pa on pa.id = po.party_id where x.citation_id = ?")
		.with("citedByTopicClaims", "select t.name || ': ' || left(c.claim, 80) as name from topic_claim_citation x "
				+ "join topic_claim c on c.id = x.claim_id join topic t on t.id = c.topic_id where x.citation_id = ?")
		.with("citedByPersonTitles",
				"select pe.full_name || ', ' || t.title as name from person_title_citation x "
						+ "join person_title t on t.id = x.title_id join person pe on pe.id = t.person_id "
						+ "where x.citation_id = ?")
		.with("firstReportOf", "select title as name from proposal where first_reported_citation_id = ?")
		.with("relayedBy", "select s.name || coalesce(' · ' || c.headline, '') as name from citation c "
				+ "join source s on s.id = c.source_id where c.via_citation_id = ?");

	private final CitationRepository citations;

	private final SourceRepository sources;

	private final SourceAdministration sourceAdministration;

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	private final PositionRepository positions;

	private final JdbcTemplate jdbc;

	CitationEditing(CitationRepository citations, SourceRepository sources, SourceAdministration sourceAdministration,
			RoundRepository rounds, ProposalRepository proposals, PositionRepository positions, JdbcTemplate jdbc) {
		this.citations = citations;
		this.sources = sources;
		this.sourceAdministration = sourceAdministration;
		this.rounds = rounds;
		this.proposals = proposals;
		this.positions = positions;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<CitationRecord> find(long id) {
		return this.citations.findById(id).map(CitationEditing::record);
	}

	/**
	 * The record a new citation would back.
	 * @param kind what sort of record
	 * @param id its id
	 * @return the record, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<CitedRecord> cited(CitedRecord.Kind kind, long id) {
		return switch (kind) {
			case ROUND -> this.rounds.findById(id).map(CitationEditing::cited);
			case PROPOSAL -> this.proposals.findById(id).map(CitationEditing::cited);
			case POSITION -> this.positions.findById(id).map(CitationEditing::cited);
		};
	}

	/**
	 * Whether a source may be cited now: listed and not retired.
	 * @param id the source
	 * @return its status, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<SourceStatus> sourceStatus(long id) {
		return this.sources.findById(id).map(Source::getStatus);
	}

	/**
	 * Whether a source of this name is on the list already, whatever its case, so that an
	 * editor picks it instead of proposing a duplicate.
	 * @param name the name
	 * @return whether one exists
	 */
	@Transactional(readOnly = true)
	public boolean sourceNamed(String name) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("select exists (select 1 from source where lower(name) = lower(?))", Boolean.class, name));
	}

	/**
	 * What is wrong with a citation coming via another, if anything.
	 * @param self the citation being edited, or {@code null} for a new one
	 * @param viaId the citation it would come via
	 * @return {@code unknown}, {@code itself} or {@code cycle}, or empty when it may
	 */
	@Transactional(readOnly = true)
	public Optional<String> viaProblem(Long self, long viaId) {
		if (self != null && self == viaId) {
			return Optional.of("itself");
		}
		Optional<Citation> via = this.citations.findById(viaId);
		if (via.isEmpty()) {
			return Optional.of("unknown");
		}
		if (self != null) {
			for (Citation link : via.get().viaChain()) {
				if (link.getId() == (long) self) {
					return Optional.of("cycle");
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Adds a citation, proposing its source if it is new and linking it to the record it
	 * backs, all in one transaction.
	 * @param details the citation
	 * @param cited the record it backs, or {@code null}
	 * @param bearing whether it supports or disputes that record
	 * @return the saved citation and where to show it
	 * @throws IllegalArgumentException if a record it names does not exist
	 * @throws TooManyCitationsException if the record it backs holds as many as it can
	 */
	public CitationSaved create(CitationDetails details, CitedRecord cited, Bearing bearing) {
		Source source = source(details);
		Citation citation = new Citation(source, details.url(), details.headline(), details.publishedOn(),
				details.credibility());
		apply(citation, details);
		citation = this.citations.save(citation);
		String page = "/sources/" + source.getId();
		if (cited != null) {
			page = link(citation, cited, bearing);
		}
		this.citations.flush();
		return new CitationSaved(citation.getId(), source.getName(), page);
	}

	/**
	 * Changes a citation.
	 * @throws StaleVersionException if the citation changed since {@code version}
	 * @throws IllegalArgumentException if a record it names does not exist or the via
	 * chain would loop
	 */
	public CitationSaved update(long id, long version, CitationDetails details) {
		Citation citation = stored(id, version);
		Source source = source(details);
		citation.reattribute(source);
		citation.revise(details.url(), details.headline(), details.publishedOn());
		citation.grade(details.credibility());
		apply(citation, details);
		this.citations.flush();
		return new CitationSaved(id, source.getName(), "/sources/" + source.getId());
	}

	/**
	 * Deletes a citation nothing refers to; the audit trail keeps its history.
	 * @throws RecordInUseException if anything cites it or relays it
	 * @throws StaleVersionException if the citation changed since {@code version}
	 */
	public void delete(long id, long version) {
		Citation citation = stored(id, version);
		List<Reference> references = references(id);
		if (!references.isEmpty()) {
			throw new RecordInUseException("Citation", id, references);
		}
		this.citations.delete(citation);
		this.citations.flush();
	}

	@Transactional(readOnly = true)
	public List<Reference> references(long id) {
		return REFERENCES.find(this.jdbc, id);
	}

	private Source source(CitationDetails details) {
		if (details.sourceId() != null) {
			return this.sources.findById(details.sourceId())
				.orElseThrow(() -> new IllegalArgumentException("no source #" + details.sourceId()));
		}
		return this.sourceAdministration.propose(details.newSourceName(), details.newSourceHomepage());
	}

	private void apply(Citation citation, CitationDetails details) {
		citation.quote(details.excerpt());
		if (details.anonymous()) {
			citation.attributeToAnonymous(details.anonymousDescription());
		}
		else {
			citation.attributeOpenly();
		}
		Citation via = null;
		if (details.viaId() != null) {
			via = this.citations.findById(details.viaId())
				.orElseThrow(() -> new IllegalArgumentException("no citation #" + details.viaId()));
		}
		citation.relay(via);
	}

	private String link(Citation citation, CitedRecord cited, Bearing bearing) {
		switch (cited.kind()) {
			case ROUND -> round(cited.id()).cite(citation, bearing);
			case PROPOSAL -> proposal(cited.id()).cite(citation, bearing);
			case POSITION -> position(cited.id()).cite(citation, bearing);
		}
		return cited(cited.kind(), cited.id()).map(CitedRecord::page)
			.orElseThrow(() -> new IllegalArgumentException("no " + cited.kind() + " #" + cited.id()));
	}

	private Round round(long id) {
		return this.rounds.findById(id).orElseThrow(() -> new IllegalArgumentException("no round #" + id));
	}

	private Proposal proposal(long id) {
		return this.proposals.findById(id).orElseThrow(() -> new IllegalArgumentException("no proposal #" + id));
	}

	private Position position(long id) {
		return this.positions.findById(id).orElseThrow(() -> new IllegalArgumentException("no position #" + id));
	}

	private Citation stored(long id, long version) {
		Citation citation = this.citations.findById(id).orElseThrow(() -> new StaleVersionException("Citation", id));
		if (citation.getVersion() != version) {
			throw new StaleVersionException("Citation", id);
		}
		return citation;
	}

	private static CitationRecord record(Citation citation) {
		Source source = citation.getSource();
		return new CitationRecord(citation.getId(), citation.getVersion(), source.getId(), source.getName(),
				source.getStatus(),
				new CitationDetails(source.getId(), null, null, citation.getUrl(), citation.getHeadline(),
						citation.getPublishedOn(), citation.getExcerpt(), citation.getCredibility(),
						citation.isAnonymous(), citation.getAnonymousDescription(),
						(citation.getVia() != null) ? citation.getVia().getId() : null));
	}

	private static CitedRecord cited(Round round) {
		return new CitedRecord(CitedRecord.Kind.ROUND, round.getId(), round.getTitle(), "/rounds/" + round.getId(),
				Round.MAX_ROWS, round.getCitations().size() >= Round.MAX_ROWS);
	}

	private static CitedRecord cited(Proposal proposal) {
		return new CitedRecord(CitedRecord.Kind.PROPOSAL, proposal.getId(), proposal.getTitle(),
				"/proposals/" + proposal.getId(), Proposal.MAX_ROWS,
				proposal.getCitations().size() >= Proposal.MAX_ROWS);
	}

	private static CitedRecord cited(Position position) {
		return new CitedRecord(CitedRecord.Kind.POSITION, position.getId(),
				position.getParty().getName() + " on " + position.getProposal().getTitle() + " ("
						+ position.getStance().word() + ", " + position.getStatedOn() + ")",
				"/proposals/" + position.getProposal().getId() + "#position-" + position.getId(),
				Position.MAX_CITATIONS, position.getCitations().size() >= Position.MAX_CITATIONS);
	}

}
