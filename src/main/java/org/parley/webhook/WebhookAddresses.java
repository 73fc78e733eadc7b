package org.parley.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which addresses Parley will POST to: http or https URLs whose host resolves, and,
 * unless {@code parley.webhooks.allow-private-addresses} is on, only to public addresses,
 * so an endpoint cannot reach into the network Parley runs in. Checked when an endpoint
 * is registered and again before every delivery (a name may resolve elsewhere later).
 */
@Component
public class WebhookAddresses {

	private final boolean allowPrivate;

	WebhookAddresses(WebhookProperties properties) {
		this.allowPrivate = properties.allowPrivateAddresses();
	}

	/** The URL, or why it is refused as a sentence. */
	public URI check(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new RefusedAddressException("This is not a valid URL.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new RefusedAddressException("The URL must start with https:// (or http://) and name a host.");
		}
		if (uri.getPort() > 65535) {
			throw new RefusedAddressException("The port must be between 1 and 65535.");
		}
		if (uri.getUserInfo() != null) {
			throw new RefusedAddressException("The URL must not hold a user name or password.");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new RefusedAddressException("The host " + uri.getHost() + " cannot be found.");
		}
		for (InetAddress address : addresses) {
			if (!this.allowPrivate && isPrivate(address)) {
				throw new RefusedAddressException("The host " + uri.getHost()
						+ " is on a loopback, link-local or private address, which Parley does not call.");
			}
		}
		return uri;
	}

	private static boolean isPrivate(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
	}

	/** A URL Parley will not call, with the reason in words. */
	public static class RefusedAddressException extends RuntimeException {

		RefusedAddressException(String message) {
			super(message);
		}

	}

}
