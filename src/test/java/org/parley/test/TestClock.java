package org.parley.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock plus an offset that a test may move
 * forward, to see what happens later without waiting. A test that moves it calls
 * {@link #reset()} afterwards (the context is shared).
 */
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves the clock forward by {@code amount}. */
	public void advance(Duration amount) {
		this.offset = this.offset.plus(amount);
	}

	/** Back to the real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is always UTC");
	}

}
