package org.parley.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.parley.account.AccountSessions;
import org.parley.account.SignedInSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/sessions}: the sessions one is signed in with (when each began and was
 * last used, from where), any of them signed out but the one in use, or all the others at
 * once: a browser left signed in elsewhere, or one that should not be, is ended here.
 */
@Controller
@RequestMapping("/account/sessions")
@PreAuthorize("isAuthenticated()")
class SessionsController {

	private final AccountSessions sessions;

	SessionsController(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(Authentication authentication, HttpServletRequest request, Model model) {
		List<SignedInSession> open = this.sessions.of(authentication.getName(), currentId(request));
		model.addAttribute("sessions", open);
		model.addAttribute("others", open.stream().filter((session) -> !session.current()).count());
		return "account/sessions";
	}

	@PostMapping("/{handle}/sign-out")
	String signOut(@PathVariable String handle, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		boolean done = this.sessions.signOut(authentication.getName(), handle, currentId(request));
		redirect.addAttribute(done ? "signedOut" : "gone", "");
		return "redirect:/account/sessions";
	}

	@PostMapping("/sign-out-others")
	String signOutOthers(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addAttribute("signedOutOthers",
				this.sessions.signOutOthers(authentication.getName(), currentId(request)));
		return "redirect:/account/sessions";
	}

	private static String currentId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

}
