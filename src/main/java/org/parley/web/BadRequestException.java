package org.parley.web;

/**
 * A request parameter Parley cannot honour; the message is shown to the user as it
 * stands, so it must say what was wrong and what would be right.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
