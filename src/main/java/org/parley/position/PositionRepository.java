package org.parley.position;

import java.util.List;

import org.parley.party.Party;
import org.parley.proposal.Proposal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Positions are a time series per (proposal, party). */
public interface PositionRepository extends JpaRepository<Position, Long> {

	List<Position> findByProposalAndPartyOrderByStatedOnAscIdAsc(Proposal proposal, Party party);

}
