package org.parley.token;

/** No token with this id belongs to the account asking. */
public class ApiTokenNotFoundException extends RuntimeException {

	public ApiTokenNotFoundException(long id) {
		super("No API token " + id);
	}

}
