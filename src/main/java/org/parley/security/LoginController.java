package org.parley.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the sign-in form; Spring Security handles the {@code POST}. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
