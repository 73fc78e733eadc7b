package org.parley.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one way pages write a moment for machines ({@code <time datetime>}): to the second,
 * in UTC. Stored timestamps carry microseconds, which the HTML standard does not allow
 * there (at most three digits of a second), and a reader needs no finer time than the
 * page shows.
 */
public final class MachineTimes {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private MachineTimes() {
	}

	/**
	 * The value of a {@code datetime} attribute.
	 * @param time an {@link Instant}, a date, or a date and time; {@code null} for none
	 * @return the value, or {@code null} for no time
	 */
	public static String datetime(Object time) {
		if (time == null) {
			return null;
		}
		if (time instanceof LocalDate date) {
			return date.toString();
		}
		if (time instanceof LocalDateTime local) {
			return local.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (time instanceof OffsetDateTime offset) {
			return SECONDS.format(offset.toInstant());
		}
		if (time instanceof ZonedDateTime zoned) {
			return SECONDS.format(zoned.toInstant());
		}
		if (time instanceof Instant instant) {
			return SECONDS.format(instant);
		}
		throw new IllegalArgumentException("Not a time: " + time.getClass().getName());
	}

}
