package org.parley.read.changes;

import java.util.Optional;

import org.parley.web.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /{kind}/{id}/history}: every recorded version of a record, newest first, and a
 * field-by-field, word-by-word comparison of any two (chosen in a plain GET form). Any
 * signed-in role may read it, never the public (the URL rules keep {@code …/history} from
 * public reading). A proposal's history also lists the latest positions recorded on it
 * and the latest rounds that discussed it ({@value #ACTIVITY_SIZE} of each). Four
 * statements at most: the trail, the live parts predating it, the names it refers to, and
 * a proposal's positions and rounds.
 */
@Controller
@PreAuthorize("hasRole('ANALYST')")
class HistoryController {

	static final int ACTIVITY_SIZE = 50;

	private final HistoryReader reader;

	HistoryController(HistoryReader reader) {
		this.reader = reader;
	}

	@GetMapping("/{kind}/{id}/history")
	String history(@PathVariable("kind") String kindPath, @PathVariable("id") String idText,
			@RequestParam(name = "from", required = false) Integer from,
			@RequestParam(name = "to", required = false) Integer to, Model model) {
		HistoryKind kind = HistoryKind.ofPath(kindPath)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long id = id(idText);
		Optional<RecordHistory> found = this.reader.history(kind, id);
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		if (found.isEmpty()) {
			if (!this.reader.exists(kind, id)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			model.addAttribute("readPage", kind.readPage(id, null, null, null));
			model.addAttribute("name", this.reader.currentName(kind, id));
			activity(kind, id, model);
			return "history/none";
		}
		RecordHistory history = found.get();
		int last = history.lastNumber();
		int right = (to != null) ? to : last;
		int left = (from != null) ? from : Math.max(history.firstNumber(), right - 1);
		for (int number : new int[] { left, right }) {
			if (!history.has(number)) {
				throw new BadRequestException("There is no version " + number + "; versions run from "
						+ history.firstNumber() + " to " + last + ".");
			}
		}
		model.addAttribute("history", history);
		model.addAttribute("from", left);
		model.addAttribute("to", right);
		model.addAttribute("diff", history.diff(left, right));
		if (!history.deleted()) {
			activity(kind, id, model);
		}
		return "history/show";
	}

	/** A proposal's positions and rounds, which its own versions do not show. */
	private void activity(HistoryKind kind, long id, Model model) {
		if (kind == HistoryKind.PROPOSALS) {
			model.addAttribute("activity", this.reader.activity(id, ACTIVITY_SIZE));
		}
	}

	private static long id(String text) {
		if (!text.matches("[1-9][0-9]{0,17}")) {
			throw new BadRequestException("‘id’ must be a record's number, for example 12.");
		}
		return Long.parseLong(text);
	}

}
