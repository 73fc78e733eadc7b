package org.parley.profile;

import org.parley.security.ReadAccess;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages of a party and of a person, with every position they took or voiced. The
 * party page runs seven statements, the person page four (one more each when the page
 * asked for lies past the end).
 */
@Controller
@ReadAccess
class ProfileController {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 100;

	private final ProfileReader reader;

	ProfileController(ProfileReader reader) {
		this.reader = reader;
	}

	@GetMapping("/parties/{id}")
	String party(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, Model model) {
		PartyProfile.Party party = this.reader.party(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProfileReader.Counted<List<PartyProfile.PersonItem>> people = this.reader.people(id);
		Page<PositionEntry> positions = this.reader.positionsOfParty(id, pageRequest(page, size));
		ProfileReader.Counted<List<PartyProfile.ProposedItem>> proposed = this.reader.proposed(id);
		model.addAttribute("profile", new PartyProfile(party, this.reader.roles(id), people.shown(), people.total(),
				positions, ProfileReader.byProposal(positions.getContent()), proposed.shown(), proposed.total()));
		return "profile/party";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, Model model) {
		PersonProfile.Person person = this.reader.person(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile",
				new PersonProfile(person, this.reader.positionsOfSpeaker(id, pageRequest(page, size))));
		return "profile/person";
	}

	/** Odd paging is clamped: a negative page to the first, sizes to 1..100. */
	private static PageRequest pageRequest(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
