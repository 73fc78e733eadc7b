package org.parley.picker;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The choices matching what an editor typed into a picker's search box, as JSON for the
 * small script that narrows the select. Without the script the select offers the first
 * choices and the ones already made.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class PickerController {

	/** Enough to choose from while typing. */
	static final int MATCHES = 30;

	private final Picker picker;

	PickerController(Picker picker) {
		this.picker = picker;
	}

	@GetMapping("/pick/{kind}")
	ResponseEntity<?> find(@PathVariable String kind, @RequestParam(defaultValue = "") String q) {
		PickKind pickKind;
		try {
			pickKind = PickKind.of(kind);
		}
		catch (IllegalArgumentException ex) {
			return refused("Nothing to pick called ‘" + kind
					+ "’; try party, person, proposal, source, citation, topic or region.");
		}
		if (q.length() > 200) {
			return refused("Type at most 200 characters to find something.");
		}
		return ResponseEntity.ok(this.picker.find(pickKind, q, MATCHES));
	}

	private static ResponseEntity<ProblemDetail> refused(String detail) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
	}

}
