package org.parley.account;

import java.time.Instant;

/**
 * One of an account's open sessions, as its holder sees it on {@code /account/sessions}.
 *
 * @param handle names it in the page's forms: a digest of the session id, never the id
 * itself, which would sign in whoever read it
 * @param signedInAt when it began
 * @param lastUsedAt when it last sent a request
 * @param current whether it is the session looking at the list
 * @param address the address it signed in from, or {@code null} if not noted
 * @param browser the browser it signed in with (its {@code User-Agent}), or {@code null}
 */
public record SignedInSession(String handle, Instant signedInAt, Instant lastUsedAt, boolean current, String address,
		String browser) {

}
