package org.parley.test;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests from an address no other test uses. Sign-in is paused after five failures from
 * one address, so a test that fails to sign in on purpose sends its attempts from its own
 * address (MockMvc's default, 127.0.0.1, is everyone's).
 */
public final class RemoteAddresses {

	private static final AtomicInteger next = new AtomicInteger((int) (System.nanoTime() & 0xFFFF));

	private RemoteAddresses() {
	}

	/** A fresh address in 10.0.0.0/8. */
	public static String unique() {
		int n = next.incrementAndGet() & 0xFFFFFF;
		return "10." + ((n >> 16) & 0xFF) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
	}

	/** Sends the request from {@code address}. */
	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Sends the request from a fresh address. */
	public static RequestPostProcessor fromUniqueAddress() {
		return from(unique());
	}

}
