package org.parley.web;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's entity tags: {@code "position-7-v3"} names version 3 of position 7. Reads
 * send them; writes take them back in {@code If-Match} to say which version they change.
 */
public final class EntityTags {

	private EntityTags() {
	}

	/** The strong entity tag of version {@code version} of a record. */
	public static String of(String kind, long id, long version) {
		return "\"" + kind + "-" + id + "-v" + version + "\"";
	}

	/**
	 * The version {@code ifMatch} names for record {@code id} of {@code kind}, or none
	 * when it names another record or is no tag of ours.
	 */
	public static OptionalLong version(String ifMatch, String kind, long id) {
		Matcher tag = Pattern.compile("^\"" + Pattern.quote(kind + "-" + id) + "-v(\\d{1,18})\"$")
			.matcher(ifMatch.strip());
		return tag.matches() ? OptionalLong.of(Long.parseLong(tag.group(1))) : OptionalLong.empty();
	}

}
