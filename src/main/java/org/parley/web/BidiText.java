package org.parley.web;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Text someone typed, kept from reordering what a page writes around it. A title holding
 * a right-to-left override (U+202E) otherwise reverses everything after it on its line:
 * the editor's name, the date. Templates write such text isolated, as {@code #bidi.…}
 * ({@link BidiDialect}):
 * <ul>
 * <li>{@link #isolate} — in a {@code <bdi>} element, which the Unicode bidirectional
 * algorithm treats as one neutral unit: overrides, embeddings and isolates inside it end
 * with it;</li>
 * <li>{@link #message} — a message whose every text argument is so isolated, the rest
 * escaped;</li>
 * <li>{@link #revealed} and {@link #revealedMessage} — for the changes page, where an
 * analyst must see what was typed: each invisible bidirectional control is shown as a
 * marker ({@code ⟨U+202E⟩}, named in its title) instead of acting; {@link #trail} and
 * {@link #trailMessage} the same for a record's history, read from the audit trail, which
 * stores each control written out ({@code \u005Cu202e});</li>
 * <li>{@link #plain} — for a page's {@code <title>}, which holds no elements: the text
 * between a first-strong isolate (U+2068) and its pop (U+2069).</li>
 * </ul>
 * A pop-directional-isolate (U+2069) typed with no isolate of its own before it would end
 * the isolation early, so it is dropped (inside an isolate it does nothing).
 */
@Component("bidi")
public class BidiText {

	private static final char FIRST_STRONG_ISOLATE = '\u2068';

	private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

	private final MessageSource messages;

	BidiText(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code text} escaped, in a {@code <bdi>}; nothing for no text. */
	public String isolate(Object text) {
		return (text != null) ? "<bdi>" + HtmlUtils.htmlEscape(contained(text.toString()), "UTF-8") + "</bdi>" : "";
	}

	/** {@code text} escaped, its controls shown as markers, in a {@code <bdi>}. */
	public String revealed(Object text) {
		return (text != null) ? "<bdi>" + escapeRevealing(text.toString()) + "</bdi>" : "";
	}

	/** Text from the audit trail, escaped, the controls it wrote out as markers. */
	public String trail(Object text) {
		return (text != null) ? "<bdi>" + escapeRevealingTrail(text.toString()) + "</bdi>" : "";
	}

	/** The message {@code key}, escaped, each text argument isolated. */
	public String message(String key, Object... arguments) {
		return format(key, arguments, this::isolate);
	}

	/** The message {@code key}, escaped, each text argument revealed. */
	public String revealedMessage(String key, Object... arguments) {
		return format(key, arguments, this::revealed);
	}

	/** The message {@code key}, escaped, each text argument read from the trail. */
	public String trailMessage(String key, Object... arguments) {
		return format(key, arguments, this::trail);
	}

	/** {@code text} for plain-text places: isolated by Unicode's own characters. */
	public String plain(Object text) {
		return (text != null) ? FIRST_STRONG_ISOLATE + contained(text.toString()) + POP_DIRECTIONAL_ISOLATE : "";
	}

	/**
	 * Escaped HTML built elsewhere (search's highlighted titles), to be put in a
	 * {@code <bdi>}: without the isolate-pops that would end it early.
	 */
	public String contain(String html) {
		return (html != null) ? contained(html) : null;
	}

	/** {@code text} HTML-escaped, each bidirectional control shown as a marker. */
	public static String escapeRevealing(String text) {
		return escapeRevealing(text, false);
	}

	/**
	 * Text as the audit trail stores it (controls written out, backslashes doubled),
	 * HTML-escaped, each bidirectional control so written shown as a marker.
	 */
	public static String escapeRevealingTrail(String text) {
		return escapeRevealing(text, true);
	}

	/** {@code text} without the isolate-pops that have no isolate to end within it. */
	public static String contained(String text) {
		if (text.indexOf(POP_DIRECTIONAL_ISOLATE) < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		int open = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u2066' && c <= FIRST_STRONG_ISOLATE) {
				open++;
			}
			else if (c == POP_DIRECTIONAL_ISOLATE) {
				if (open == 0) {
					continue;
				}
				open--;
			}
			kept.append(c);
		}
		return kept.toString();
	}

	/**
	 * The invisible characters that steer the bidirectional algorithm: the Arabic letter
	 * mark, the left-to-right and right-to-left marks, embeddings, overrides and their
	 * pop, isolates and their pop.
	 */
	static boolean isControl(int c) {
		return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= POP_DIRECTIONAL_ISOLATE);
	}

	private static String escapeRevealing(String text, boolean trail) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		int start = 0;
		int i = 0;
		while (i < text.length()) {
			int c = text.charAt(i);
			int length = 1;
			if (trail && c == '\\') {
				c = escaped(text, i);
				length = (c >= 0) ? 6 : 2;
			}
			if (isControl(c)) {
				html.append(HtmlUtils.htmlEscape(text.substring(start, i), "UTF-8"))
					.append("<span class=\"bidi-control\" title=\"")
					.append(Character.getName(c))
					.append("\">")
					.append(marker(c))
					.append("</span>");
				start = i + length;
			}
			i += length;
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(Math.min(start, text.length())), "UTF-8")).toString();
	}

	/** What the trail's {@code \}{@code uXXXX} at {@code at} stands for; -1 otherwise. */
	private static int escaped(String text, int at) {
		if (at + 5 < text.length() && text.charAt(at + 1) == 'u') {
			try {
				return Integer.parseInt(text.substring(at + 2, at + 6), 16);
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}
		return -1;
	}

	private static String marker(int c) {
		return "⟨U+" + String.format(Locale.ROOT, "%04X", c) + "⟩";
	}

	private String format(String key, Object[] given, Function<Object, String> shown) {
		// A single null argument may arrive as no array at all.
		Object[] arguments = (given != null) ? given : new Object[] { null };
		Object[] placeholders = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			placeholders[i] = (arguments[i] instanceof CharSequence) ? "\uE010" + i + "\uE011" : arguments[i];
		}
		String html = HtmlUtils.htmlEscape(this.messages.getMessage(key, placeholders, LocaleContextHolder.getLocale()),
				"UTF-8");
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof CharSequence text) {
				html = html.replace("\uE010" + i + "\uE011", shown.apply(text));
			}
		}
		return html;
	}

}
