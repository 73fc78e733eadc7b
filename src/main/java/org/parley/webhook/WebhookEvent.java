package org.parley.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can be told of; the names are the events' {@code type}. */
public enum WebhookEvent {

	/** A position was recorded. */
	POSITION_RECORDED("position.recorded"),

	/** A party's current stance on a proposal changed (or it took its first). */
	STANCE_CHANGED("stance.changed"),

	/** A round was logged. */
	ROUND_LOGGED("round.logged"),

	/** A proposal was created. */
	PROPOSAL_CREATED("proposal.created"),

	/** A proposal, its points or its relations were changed. */
	PROPOSAL_CHANGED("proposal.changed");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	public String type() {
		return this.type;
	}

	public static Optional<WebhookEvent> ofType(String type) {
		return Arrays.stream(values()).filter((event) -> event.type.equals(type)).findFirst();
	}

}
