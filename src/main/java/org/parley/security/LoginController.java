package org.parley.security;

import org.parley.account.TwoFactorPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the sign-in form, saying on the embedded demo database that a second factor is
 * optional there; Spring Security handles the {@code POST}.
 */
@Controller
class LoginController {

	private final TwoFactorPolicy twoFactor;

	LoginController(TwoFactorPolicy twoFactor) {
		this.twoFactor = twoFactor;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("twoFactorOptional", this.twoFactor.isOptionalOnTheDemo());
		return "login";
	}

}
