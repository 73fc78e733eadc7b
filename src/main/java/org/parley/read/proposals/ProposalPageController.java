package org.parley.read.proposals;

import java.util.List;

import org.parley.position.ArgumentKind;
import org.parley.read.ArgumentView;
import org.parley.security.ReadAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A proposal's own page: see {@link DossierReader} for the statements it takes. Its
 * arguments can be narrowed by kind ({@code ?argument=FEASIBILITY}) and party
 * ({@code ?party=2}): "every argument from feasibility against the joint administration"
 * is one address.
 */
@Controller
class ProposalPageController {

	private final DossierReader dossiers;

	ProposalPageController(DossierReader dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/proposals/{id}")
	@ReadAccess
	String show(@PathVariable long id, @RequestParam(required = false) ArgumentKind argument,
			@RequestParam(required = false) Long party, Model model) {
		Dossier dossier = this.dossiers.read(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("dossier", dossier);
		model.addAttribute("proposal", dossier.proposal());
		model.addAttribute("stanceChart", ProposalCharts.stances(dossier));
		model.addAttribute("lineageDiagram", LineageDiagram.of(dossier.lineage()));
		model.addAttribute("atomFeed", "/proposals/" + id + "/changes.atom");
		model.addAttribute("arguments", arguments(dossier, argument, party));
		model.addAttribute("argumentKind", argument);
		model.addAttribute("argumentParty", party);
		model.addAttribute("argumentKinds", ArgumentKind.values());
		model.addAttribute("argumentsCsv",
				"/export/position_arguments.csv?proposal=" + id
						+ ((argument != null) ? "&argument=" + argument.name() : "")
						+ ((party != null) ? "&party=" + party : ""));
		return "proposals/show";
	}

	/** Every argument made on the proposal, latest statements first, as filtered. */
	static List<Argued> arguments(Dossier dossier, ArgumentKind kind, Long party) {
		List<Dossier.Statement> latestFirst = new java.util.ArrayList<>(dossier.history());
		java.util.Collections.reverse(latestFirst);
		return latestFirst.stream()
			.filter((statement) -> party == null || statement.partyId() == party)
			.flatMap((statement) -> statement.arguments()
				.stream()
				.filter((argument) -> kind == null || argument.kind() == kind)
				.map((argument) -> new Argued(statement, argument)))
			.toList();
	}

	/** An argument with the statement that made it. */
	record Argued(Dossier.Statement statement, ArgumentView argument) {
	}

}
