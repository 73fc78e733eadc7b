package org.parley.read.people;

import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of a person, with every position they voiced. Seven statements (one more when
 * the page asked for lies past the end), the titles held and their reports two of them,
 * the latest rounds attended one.
 */
@Controller
@ReadAccess
class PersonPageController {

	static final int DEFAULT_SIZE = 25;

	/** How many of the rounds attended the page lists, latest first. */
	static final int ROUNDS_SHOWN = 20;

	private final PersonPageReader reader;

	private final PersonTitleReader titles;

	PersonPageController(PersonPageReader reader, PersonTitleReader titles) {
		this.reader = reader;
		this.titles = titles;
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, Model model) {
		PersonProfile.Person person = this.reader.person(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile",
				new PersonProfile(person, this.reader.positionsOfSpeaker(id, Paging.of(page, size))));
		model.addAttribute("titles", this.titles.titles(id));
		model.addAttribute("attended", this.reader.roundsAttended(id, ROUNDS_SHOWN));
		return "people/show";
	}

}
