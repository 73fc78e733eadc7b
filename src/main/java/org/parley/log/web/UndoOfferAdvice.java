package org.parley.log.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.parley.log.LoggedRecords;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Keeps offering "Undo this log" on the logged round's own page while the undo is still
 * possible, not only on the page the save lands on: an editor who looks around first and
 * comes back still finds it.
 */
@ControllerAdvice(annotations = Controller.class)
class UndoOfferAdvice {

	@ModelAttribute
	void offerUndo(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session == null || !"GET".equals(request.getMethod())) {
			return;
		}
		if (session.getAttribute(QuickLogController.LAST_LOG) instanceof LoggedRecords logged
				&& request.getRequestURI().equals("/rounds/" + logged.roundId()) && request.getUserPrincipal() != null
				&& logged.editor().equals(request.getUserPrincipal().getName())
				&& logged.at().plus(QuickLogController.UNDO_WINDOW).isAfter(Instant.now())) {
			model.addAttribute("undoLog", true);
		}
	}

}
