package org.parley.webhook.web;

import jakarta.validation.Valid;
import org.parley.webhook.WebhookAddresses;
import org.parley.webhook.WebhookEndpoints;
import org.parley.webhook.WebhookEvent;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/webhooks}: admins register endpoints (the secret shown with each), see
 * what was delivered to each and how, and remove them.
 */
@Controller
@RequestMapping("/admin/webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookAdminController {

	private final WebhookEndpoints endpoints;

	private final WebhookAddresses addresses;

	WebhookAdminController(WebhookEndpoints endpoints, WebhookAddresses addresses) {
		this.endpoints = endpoints;
		this.addresses = addresses;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("webhookForm", new WebhookForm());
		return view(model);
	}

	@PostMapping
	String register(@Valid @ModelAttribute WebhookForm webhookForm, BindingResult binding,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("url")) {
			try {
				this.addresses.check(webhookForm.getUrl());
			}
			catch (WebhookAddresses.RefusedAddressException ex) {
				binding.rejectValue("url", "webhooks.url.refused", ex.getMessage());
			}
		}
		if (binding.hasErrors()) {
			return view(model);
		}
		try {
			this.endpoints.register(webhookForm.getUrl(), webhookForm.getEvents(), authentication.getName());
		}
		catch (WebhookAddresses.RefusedAddressException ex) {
			// The name resolved elsewhere between the two checks.
			binding.rejectValue("url", "webhooks.url.refused", ex.getMessage());
			return view(model);
		}
		redirect.addFlashAttribute("notice", "registered");
		return "redirect:/admin/webhooks";
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		this.endpoints.remove(id);
		redirect.addFlashAttribute("notice", "removed");
		return "redirect:/admin/webhooks";
	}

	@ExceptionHandler(WebhookEndpoints.EndpointNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String view(Model model) {
		model.addAttribute("endpoints", this.endpoints.list());
		model.addAttribute("deliveries", new DeliveryLog(this.endpoints));
		model.addAttribute("allEvents", WebhookEvent.values());
		return "admin/webhooks/list";
	}

	/** The log of one endpoint, read as the page shows it. */
	record DeliveryLog(WebhookEndpoints endpoints) {

		public java.util.List<WebhookEndpoints.Delivery> of(long id) {
			return this.endpoints.deliveries(id);
		}

	}

}
