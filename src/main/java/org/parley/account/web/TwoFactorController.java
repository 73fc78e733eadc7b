package org.parley.account.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.parley.account.AccountNotFoundException;
import org.parley.account.AccountUserDetailsService;
import org.parley.account.IdentityRechecks;
import org.parley.account.TwoFactorService;

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
 * {@code /account/two-factor}: switching a second factor on (scan the QR code, confirm
 * with a current code, note the recovery codes shown this once) and off (with the
 * password and a current code or a recovery code; wrong ones count as failed sign-ins for
 * the brute-force pause, see {@link IdentityRechecks}). The secret being enrolled waits
 * in the session until confirmed.
 */
@Controller
@RequestMapping("/account/two-factor")
@PreAuthorize("isAuthenticated()")
class TwoFactorController {

	static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";

	private static final String PURPOSE = "switching the second factor off";

	private final TwoFactorService twoFactor;

	private final IdentityRechecks rechecks;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	TwoFactorController(TwoFactorService twoFactor, IdentityRechecks rechecks) {
		this.twoFactor = twoFactor;
		this.rechecks = rechecks;
	}

	@ModelAttribute("twoFactorDisableForm")
	TwoFactorDisableForm twoFactorDisableForm() {
		return new TwoFactorDisableForm();
	}

	@GetMapping
	String show(Authentication authentication, HttpSession session, Model model) {
		model.addAttribute("twoFactorForm", new TwoFactorForm());
		return view(authentication, session, model);
	}

	@PostMapping
	String enable(@Valid @ModelAttribute TwoFactorForm twoFactorForm, BindingResult binding,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || this.twoFactor.isEnabled(authentication.getName())) {
			return "redirect:/account/two-factor";
		}
		if (binding.hasErrors()) {
			return view(authentication, session, model);
		}
		Optional<List<String>> codes = this.twoFactor.enable(authentication.getName(), secret, twoFactorForm.getCode());
		if (codes.isEmpty()) {
			binding.rejectValue("code", "twoFactor.code.wrong", "That code is not right.");
			return view(authentication, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		signInAgain(authentication, request, response);
		model.addAttribute("recoveryCodes", codes.get());
		model.addAttribute("enabled", true);
		model.addAttribute("required", false);
		model.addAttribute("twoFactorForm", new TwoFactorForm());
		return "account/two-factor";
	}

	@PostMapping("/disable")
	String disable(@Valid @ModelAttribute TwoFactorDisableForm twoFactorDisableForm, BindingResult binding,
			Authentication authentication, HttpServletRequest request, Model model) {
		String username = authentication.getName();
		if (!this.twoFactor.isEnabled(username)) {
			return "redirect:/account/two-factor";
		}
		if (!binding.hasErrors()) {
			Optional<Instant> paused = this.rechecks.refuseWhilePaused(username, request.getRemoteAddr(), PURPOSE);
			if (paused.isPresent()) {
				RecheckPause.reject(binding, "password", paused.get());
			}
			else if (switchedOff(twoFactorDisableForm, binding, username, request.getRemoteAddr())) {
				return "redirect:/account/two-factor?disabled";
			}
		}
		model.addAttribute("twoFactorForm", new TwoFactorForm());
		return view(authentication, request.getSession(), model);
	}

	private boolean switchedOff(TwoFactorDisableForm form, BindingResult binding, String username, String address) {
		try {
			switch (this.twoFactor.disable(username, form.getPassword(), form.getCode())) {
				case DISABLED -> {
					return true;
				}
				case WRONG_PASSWORD -> {
					this.rechecks.failed(username, address, "wrong password for " + PURPOSE);
					binding.rejectValue("password", "twoFactor.disable.wrongPassword", "That is not your password.");
				}
				case WRONG_CODE -> {
					this.rechecks.failed(username, address, "wrong second-factor code for " + PURPOSE);
					binding.rejectValue("code", "twoFactor.disable.wrongCode", "That code is not right.");
				}
			}
		}
		catch (IllegalStateException ex) {
			binding.rejectValue("code", "twoFactor.disable.required",
					"Your role must use a second factor: it cannot be switched off.");
		}
		return false;
	}

	@ExceptionHandler(AccountNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String view(Authentication authentication, HttpSession session, Model model) {
		String username = authentication.getName();
		boolean enabled = this.twoFactor.isEnabled(username);
		model.addAttribute("enabled", enabled);
		model.addAttribute("required", this.twoFactor.isRequired(username));
		if (!enabled) {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = this.twoFactor.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			String uri = TwoFactorService.otpauthUri(username, secret);
			model.addAttribute("secret", secret);
			model.addAttribute("otpauthUri", uri);
			model.addAttribute("qrCode", QrCodeSvg.render(uri, "QR code for your authenticator app"));
		}
		return "account/two-factor";
	}

	/** The same sign-in without the demand to enrol, under a new session id. */
	private void signInAgain(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> kept = authentication.getAuthorities()
			.stream()
			.filter((authority) -> !AccountUserDetailsService.TWO_FACTOR_ENROLMENT_REQUIRED
				.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken
			.authenticated(authentication.getPrincipal(), null, kept);
		updated.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
	}

}
