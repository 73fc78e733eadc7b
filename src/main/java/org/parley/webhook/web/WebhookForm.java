package org.parley.webhook.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.parley.webhook.WebhookEvent;

/** A new webhook endpoint: where to POST, and which events. */
public class WebhookForm {

	@NotBlank(message = "{webhooks.url.required}")
	@Size(max = 2000, message = "{webhooks.url.tooLong}")
	private String url;

	@NotEmpty(message = "{webhooks.events.required}")
	private Set<WebhookEvent> events = EnumSet.of(WebhookEvent.STANCE_CHANGED);

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Set<WebhookEvent> getEvents() {
		return this.events;
	}

	public void setEvents(Set<WebhookEvent> events) {
		this.events = events;
	}

}
