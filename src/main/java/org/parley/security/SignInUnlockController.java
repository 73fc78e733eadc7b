package org.parley.security;

import org.parley.account.Account;
import org.parley.account.AccountNotFoundException;
import org.parley.account.AccountService;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin lets an account's owner sign in again at once, wherever failures paused it:
 * the account's failed sign-ins are forgotten.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SignInUnlockController {

	private final AccountService accounts;

	private final SignInAttempts attempts;

	SignInUnlockController(AccountService accounts, SignInAttempts attempts) {
		this.accounts = accounts;
		this.attempts = attempts;
	}

	@PostMapping("/admin/users/{id}/sign-in")
	String unpause(@PathVariable long id, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		this.attempts.unpause(account.getUsername());
		redirect.addAttribute("unpaused", account.getUsername());
		return "redirect:/admin/users";
	}

	@ExceptionHandler(AccountNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
