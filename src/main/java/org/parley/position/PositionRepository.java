package org.parley.position;

import java.time.LocalDate;
import java.util.List;

import org.parley.negotiation.Negotiation;
import org.parley.party.Party;
import org.parley.proposal.Proposal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Positions are a time series per (proposal, party); "latest" means the greatest
 * {@code statedOn}, ties broken by the later insert (greater id).
 */
public interface PositionRepository extends JpaRepository<Position, Long> {

	List<Position> findByProposalOrderByStatedOnAscIdAsc(Proposal proposal);

	List<Position> findByProposalAndPartyOrderByStatedOnAscIdAsc(Proposal proposal, Party party);

	List<Position> findByPartyOrderByStatedOnDescIdDesc(Party party);

	/**
	 * Each party's current position on a proposal.
	 * @param proposal the proposal
	 * @return one position per party that has stated one, ordered by party name
	 */
	@Query("""
			select p from Position p join fetch p.party party
			where p.proposal = :proposal
			and not exists (select later.id from Position later
				where later.proposal = p.proposal and later.party = p.party
				and (later.statedOn > p.statedOn or (later.statedOn = p.statedOn and later.id > p.id)))
			order by party.name
			""")
	List<Position> findLatestByProposal(Proposal proposal);

	/**
	 * Each party's position on a proposal as it stood on a date.
	 * @param proposal the proposal
	 * @param asOf the date; statements made later are ignored
	 * @return one position per party that had stated one by then, ordered by party name
	 */
	@Query("""
			select p from Position p join fetch p.party party
			where p.proposal = :proposal and p.statedOn <= :asOf
			and not exists (select later.id from Position later
				where later.proposal = p.proposal and later.party = p.party and later.statedOn <= :asOf
				and (later.statedOn > p.statedOn or (later.statedOn = p.statedOn and later.id > p.id)))
			order by party.name
			""")
	List<Position> findLatestByProposalAsOf(Proposal proposal, LocalDate asOf);

	/**
	 * The stance matrix of a negotiation: for every proposal, each party's position as it
	 * stood on a date.
	 * @param negotiation the negotiation
	 * @param asOf the date; statements made later are ignored
	 * @return one position per (proposal, party), with both fetched
	 */
	@Query("""
			select p from Position p join fetch p.proposal proposal join fetch p.party party
			where proposal.negotiation = :negotiation and p.statedOn <= :asOf
			and not exists (select later.id from Position later
				where later.proposal = p.proposal and later.party = p.party and later.statedOn <= :asOf
				and (later.statedOn > p.statedOn or (later.statedOn = p.statedOn and later.id > p.id)))
			order by proposal.title, party.name
			""")
	List<Position> findLatestInNegotiationAsOf(Negotiation negotiation, LocalDate asOf);

}
