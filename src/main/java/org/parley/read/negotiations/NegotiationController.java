package org.parley.read.negotiations;

import org.parley.read.Paging;
import org.parley.read.proposals.LineageFamilies;
import org.parley.read.matrix.PartyColumn;
import org.parley.read.matrix.NegotiationRef;
import org.parley.read.matrix.MatrixReader;
import org.parley.read.matrix.Matrix;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.security.ReadAccess;
import org.parley.proposal.ProposalStatus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One negotiation: its parties and their roles, its rounds, its proposals by status and
 * where everyone stands today, and its largest families of related proposals drawn. Eight
 * statements: the negotiation, its parties, rounds, proposals, the matrix's three and the
 * families' one (the matrix's count instead of its stances and grades if the page asked
 * for lies past the end).
 */
@Controller
@ReadAccess
class NegotiationController {

	static final int DEFAULT_SIZE = 25;

	private final MatrixReader matrices;

	private final NegotiationReader negotiations;

	private final LineageFamilies families;

	NegotiationController(MatrixReader matrices, NegotiationReader negotiations, LineageFamilies families) {
		this.matrices = matrices;
		this.negotiations = negotiations;
		this.families = families;
	}

	@GetMapping("/negotiations/{slug}")
	String negotiation(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, Model model) {
		NegotiationRef negotiation = this.matrices.negotiation(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<PartyColumn> parties = this.matrices.parties(negotiation.id());
		NegotiationReader.Counted<List<NegotiationPage.RoundItem>> rounds = this.negotiations.rounds(negotiation.id());
		NegotiationReader.Counted<Map<ProposalStatus, List<NegotiationPage.ProposalItem>>> proposals = this.negotiations
			.proposalsByStatus(negotiation.id());
		Matrix matrix = this.matrices.matrix(negotiation, parties, LocalDate.now(), null, Paging.of(page, size));
		model.addAttribute("view", new NegotiationPage(negotiation, parties, rounds.shown(), rounds.total(),
				proposals.shown(), proposals.total(), matrix));
		model.addAttribute("families", this.families.of(negotiation.id()));
		model.addAttribute("atomFeed", "/negotiations/" + negotiation.slug() + "/changes.atom");
		return "negotiations/show";
	}

}
