package org.parley.read.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.NegotiationSummary;
import org.parley.proposal.ProposalRepository;
import org.parley.proposal.ProposalSummary;
import org.parley.round.RoundRepository;
import org.parley.round.RoundSummary;
import org.parley.security.ReadAccess;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the size of the record, the negotiations with the proposals on their
 * tables, the latest rounds and the stances that changed most recently. Five statements,
 * whatever the size of the record.
 */
@Controller
class DashboardController {

	// Enough to orient; the full lists are on their own pages.
	private static final Limit PROPOSALS_SHOWN = Limit.of(50);

	private static final Limit ROUNDS_SHOWN = Limit.of(5);

	private static final int STANCES_SHOWN = 10;

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	private final DashboardReader reader;

	DashboardController(NegotiationRepository negotiations, RoundRepository rounds, ProposalRepository proposals,
			DashboardReader reader) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.proposals = proposals;
		this.reader = reader;
	}

	@GetMapping("/")
	@ReadAccess
	String dashboard(Model model) {
		List<NegotiationSummary> negotiations = this.negotiations.findSummaries();
		Map<Long, NegotiationSummary> negotiationsById = negotiations.stream()
			.collect(Collectors.toMap(NegotiationSummary::id, (negotiation) -> negotiation));
		List<RoundSummary> latestRounds = this.rounds.findLatestSummaries(ROUNDS_SHOWN);
		Map<Long, List<ProposalSummary>> proposals = this.proposals.findSummaries(PROPOSALS_SHOWN)
			.stream()
			.collect(Collectors.groupingBy(ProposalSummary::negotiationId));
		model.addAttribute("counts", this.reader.counts());
		model.addAttribute("negotiations", negotiations);
		model.addAttribute("negotiationsById", negotiationsById);
		model.addAttribute("latestRounds", latestRounds);
		model.addAttribute("proposalsByNegotiation", proposals);
		model.addAttribute("stanceChanges", this.reader.latestStances(STANCES_SHOWN));
		return "dashboard/show";
	}

}
