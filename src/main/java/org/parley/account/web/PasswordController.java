package org.parley.account.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.parley.account.AccountChangeRefusedException;
import org.parley.account.AccountNotFoundException;
import org.parley.account.AccountService;
import org.parley.account.AccountUserDetailsService;
import org.parley.account.IdentityRechecks;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /account/password}: anyone signed in changes their own password, giving the
 * current one. Accounts whose password was set by someone else are sent here after
 * signing in and cannot go anywhere else until they have changed it. A wrong current
 * password counts as a failed sign-in for the brute-force pause (see
 * {@link IdentityRechecks}); the change ends the account's other sessions.
 */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class PasswordController {

	private static final String PURPOSE = "password change";

	private final AccountService accounts;

	private final IdentityRechecks rechecks;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts, IdentityRechecks rechecks) {
		this.accounts = accounts;
		this.rechecks = rechecks;
	}

	@GetMapping
	String form(Authentication authentication, Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return view(authentication, model);
	}

	@PostMapping
	String change(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult binding,
			Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!binding.hasFieldErrors("newPassword") && !binding.hasFieldErrors("confirmation")
				&& !passwordChangeForm.getNewPassword().equals(passwordChangeForm.getConfirmation())) {
			binding.rejectValue("confirmation", "account.password.confirmation.mismatch",
					"The two new passwords differ.");
		}
		if (binding.hasErrors()) {
			return view(authentication, model);
		}
		if (!changed(passwordChangeForm, binding, authentication.getName(), request)) {
			return view(authentication, model);
		}
		signInAgain(authentication, request, response);
		return "redirect:/account/password?changed";
	}

	/**
	 * Changes the password unless the pause refuses it or the service does, saying why on
	 * the form; a wrong current password counts against the pause.
	 */
	private boolean changed(PasswordChangeForm form, BindingResult binding, String username,
			HttpServletRequest request) {
		Optional<Instant> paused = this.rechecks.refuseWhilePaused(username, request.getRemoteAddr(), PURPOSE);
		if (paused.isPresent()) {
			RecheckPause.reject(binding, "currentPassword", paused.get());
			return false;
		}
		HttpSession session = request.getSession(false);
		try {
			this.accounts.changeOwnPassword(username, form.getCurrentPassword(), form.getNewPassword(),
					(session != null) ? session.getId() : null);
			return true;
		}
		catch (AccountChangeRefusedException ex) {
			boolean wrongPassword = ex.getReason() == AccountChangeRefusedException.Reason.WRONG_CURRENT_PASSWORD;
			if (wrongPassword) {
				this.rechecks.failed(username, request.getRemoteAddr(), "wrong current password for a " + PURPOSE);
			}
			binding.rejectValue(wrongPassword ? "currentPassword" : "newPassword", ex.getCode(), ex.getArguments(),
					ex.getMessage());
			return false;
		}
	}

	@ExceptionHandler(AccountNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private static String view(Authentication authentication, Model model) {
		model.addAttribute("changeRequired", isChangeRequired(authentication));
		return "account/password";
	}

	private static boolean isChangeRequired(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(
					(authority) -> AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
	}

	/**
	 * The same sign-in without the demand to change the password, under a new session id.
	 */
	private void signInAgain(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> kept = authentication.getAuthorities()
			.stream()
			.filter((authority) -> !AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken
			.authenticated(authentication.getPrincipal(), null, kept);
		updated.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(context, request, response);
	}

}
