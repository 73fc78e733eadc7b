package org.parley.account.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.validation.BindingResult;

/**
 * The message on a form whose re-check is refused while sign-in for the account is paused
 * from where it came: when to try again, in UTC to the minute (rounded up, so trying then
 * works).
 */
final class RecheckPause {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private RecheckPause() {
	}

	static void reject(BindingResult binding, String field, Instant until) {
		Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
		String retry = MINUTE.format(minute.isBefore(until) ? minute.plus(1, ChronoUnit.MINUTES) : minute);
		binding.rejectValue(field, "account.recheck.paused", new Object[] { retry },
				"Too many wrong attempts from here: try again after " + retry + " UTC.");
	}

}
