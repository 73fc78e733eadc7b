package org.parley.token.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.parley.account.AccountNotFoundException;
import org.parley.token.ApiTokenNotFoundException;
import org.parley.token.ApiTokens;
import org.parley.token.FeedLinks;
import org.parley.token.FeedTokens;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /account/tokens}: anyone signed in lists their own API tokens, creates one (its
 * secret shown this once) and revokes them; and makes, renews or revokes their feed
 * token.
 */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class TokenController {

	private final ApiTokens tokens;

	private final FeedTokens feedTokens;

	TokenController(ApiTokens tokens, FeedTokens feedTokens) {
		this.tokens = tokens;
		this.feedTokens = feedTokens;
	}

	@GetMapping
	String list(Authentication authentication, Model model) {
		model.addAttribute("tokenForm", new TokenForm());
		return view(authentication, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute TokenForm tokenForm, BindingResult binding, Authentication authentication,
			Model model) {
		if (binding.hasErrors()) {
			return view(authentication, model);
		}
		ApiTokens.Created created = this.tokens.create(authentication.getName(), tokenForm.getName(),
				tokenForm.getDays());
		model.addAttribute("created", created);
		model.addAttribute("tokenForm", new TokenForm());
		return view(authentication, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication) {
		this.tokens.revoke(authentication.getName(), id);
		return "redirect:/account/tokens?revoked";
	}

	/** A new feed token (the one before stops working), shown with the feed addresses. */
	@PostMapping("/feed")
	String renewFeedToken(Authentication authentication, HttpServletRequest request) {
		FeedLinks.remember(request, this.feedTokens.renew(authentication.getName()));
		return "redirect:/account/tokens#feed-token-heading";
	}

	@PostMapping("/feed/revoke")
	String revokeFeedToken(Authentication authentication, HttpServletRequest request) {
		this.feedTokens.revoke(authentication.getName());
		FeedLinks.remember(request, null);
		return "redirect:/account/tokens?feedRevoked#feed-token-heading";
	}

	@ExceptionHandler({ ApiTokenNotFoundException.class, AccountNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String view(Authentication authentication, Model model) {
		model.addAttribute("tokens", this.tokens.list(authentication.getName()));
		model.addAttribute("feedToken", this.feedTokens.of(authentication.getName()).orElse(null));
		return "account/tokens/list";
	}

}
