package org.parley.read.parties;

import org.parley.read.PositionEntry;
import org.parley.read.Paging;
import org.parley.read.StanceChart;
import org.parley.security.ReadAccess;
import org.parley.source.EvidenceFilter;
import org.parley.source.Grade;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of a party, with every position it took. Seven statements (one more when the
 * page asked for lies past the end).
 */
@Controller
@ReadAccess
class PartyPageController {

	static final int DEFAULT_SIZE = 25;

	private final PartyPageReader reader;

	PartyPageController(PartyPageReader reader) {
		this.reader = reader;
	}

	@GetMapping("/parties/{id}")
	String party(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) Boolean hideAnonymous, Model model) {
		EvidenceFilter evidence = EvidenceFilter.of(grade, hideAnonymous);
		PartyProfile.Party party = this.reader.party(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PartyPageReader.Counted<List<PartyProfile.PersonItem>> people = this.reader.people(id);
		Page<PositionEntry> positions = this.reader.positionsOfParty(id, evidence, Paging.of(page, size));
		PartyPageReader.Counted<List<PartyProfile.ProposedItem>> proposed = this.reader.proposed(id);
		List<PartyProfile.ProposalPositions> byProposal = PartyPageReader.byProposal(positions.getContent());
		model.addAttribute("profile", new PartyProfile(party, this.reader.roles(id), people.shown(), people.total(),
				positions, byProposal, proposed.shown(), proposed.total()));
		model.addAttribute("stanceChart", stanceChart(byProposal));
		model.addAttribute("evidence", evidence);
		model.addAttribute("atomFeed", "/parties/" + id + "/changes.atom");
		return "parties/show";
	}

	/**
	 * One row per proposal of this page, its positions oldest first (the page lists them
	 * newest first); each mark links to the position on this page.
	 */
	static StanceChart stanceChart(List<PartyProfile.ProposalPositions> byProposal) {
		List<StanceChart.Lane> lanes = byProposal.stream()
			.map((group) -> new StanceChart.Lane(group.proposalTitle(), "/proposals/" + group.proposalId(),
					oldestFirst(group.positions()).stream()
						.map((position) -> new StanceChart.Statement(position.id(), position.statedOn(),
								position.statedOnPrecision(), position.stance(), position.speakerName(),
								"#position-" + position.id()))
						.toList(),
					null))
			.toList();
		return StanceChart.of(lanes);
	}

	private static <T> List<T> oldestFirst(List<T> newestFirst) {
		List<T> list = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(list);
		return list;
	}

}
