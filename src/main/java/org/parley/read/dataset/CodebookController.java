package org.parley.read.dataset;

import java.util.Locale;

import org.parley.security.ReadAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /codebook}: every export's columns and every coded value, on one page. */
@Controller
class CodebookController {

	private final Codebook codebook;

	CodebookController(Codebook codebook) {
		this.codebook = codebook;
	}

	@GetMapping("/codebook")
	@ReadAccess
	String codebook(Locale locale, Model model) {
		model.addAttribute("tables", this.codebook.tables(locale));
		model.addAttribute("codeLists", this.codebook.codeLists(locale));
		return "codebook/show";
	}

}
