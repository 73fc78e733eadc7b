package org.parley.dashboard;

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
 * The start page: each negotiation with its latest rounds and the proposals on its table.
 * Three queries, whatever the size of the record.
 */
@Controller
class DashboardController {

	// Enough to orient; the full timelines are on their own pages.
	private static final Limit SHOWN = Limit.of(50);

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	DashboardController(NegotiationRepository negotiations, RoundRepository rounds, ProposalRepository proposals) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.proposals = proposals;
	}

	@GetMapping("/")
	@ReadAccess
	String dashboard(Model model) {
		List<NegotiationSummary> negotiations = this.negotiations.findSummaries();
		Map<Long, List<RoundSummary>> rounds = this.rounds.findLatestSummaries(SHOWN)
			.stream()
			.collect(Collectors.groupingBy(RoundSummary::negotiationId));
		Map<Long, List<ProposalSummary>> proposals = this.proposals.findSummaries(SHOWN)
			.stream()
			.collect(Collectors.groupingBy(ProposalSummary::negotiationId));
		model.addAttribute("negotiations", negotiations);
		model.addAttribute("roundsByNegotiation", rounds);
		model.addAttribute("proposalsByNegotiation", proposals);
		return "dashboard/show";
	}

}
