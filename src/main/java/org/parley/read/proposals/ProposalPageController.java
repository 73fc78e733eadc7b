package org.parley.read.proposals;

import org.parley.security.ReadAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A proposal's own page: see {@link DossierReader} for the seven statements it takes. */
@Controller
class ProposalPageController {

	private final DossierReader dossiers;

	ProposalPageController(DossierReader dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/proposals/{id}")
	@ReadAccess
	String show(@PathVariable long id, Model model) {
		Dossier dossier = this.dossiers.read(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("dossier", dossier);
		model.addAttribute("proposal", dossier.proposal());
		model.addAttribute("stanceChart", ProposalCharts.stances(dossier));
		model.addAttribute("lineageDiagram", LineageDiagram.of(dossier.lineage()));
		model.addAttribute("atomFeed", "/proposals/" + id + "/changes.atom");
		return "proposals/show";
	}

}
