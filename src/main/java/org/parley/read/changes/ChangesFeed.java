package org.parley.read.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code /changes.atom}: the lines of {@code /changes} as an Atom feed (RFC 4287), each
 * entry titled with the sentence the page shows. Written with a streaming XML writer,
 * which escapes every text and attribute; characters XML cannot carry at all (most
 * control characters) become U+FFFD.
 */
@Component
class ChangesFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** The date in the entries' {@code tag:} URIs (RFC 4151). */
	private static final String TAG_DATE = "2026";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final MessageSource messages;

	private final Clock clock;

	ChangesFeed(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The feed.
	 * @param entries the changes, newest first
	 * @param links where the feed and the page are, absolute
	 * @param locale the language of the titles
	 * @return the feed as UTF-8 XML
	 */
	byte[] write(List<ChangeEntry> entries, Links links, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", links.self());
			element(xml, "title", (links.title() != null) ? links.title() : message("changes.feed.title", locale));
			element(xml, "updated", (entries.isEmpty() ? this.clock.instant() : entries.get(0).at()).toString());
			link(xml, "self", "application/atom+xml", links.self());
			link(xml, "alternate", "text/html", links.page());
			xml.writeStartElement(ATOM, "author");
			element(xml, "name", message("app.name", locale));
			xml.writeEndElement();
			for (ChangeEntry entry : entries) {
				entry(xml, entry, links, locale);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed of changes", ex);
		}
		return out.toByteArray();
	}

	private void entry(XMLStreamWriter xml, ChangeEntry entry, Links links, Locale locale) throws XMLStreamException {
		xml.writeStartElement(ATOM, "entry");
		element(xml, "id", "tag:" + links.host() + "," + TAG_DATE + ":parley/changes/" + entry.id());
		element(xml, "title", title(entry, locale));
		element(xml, "updated", entry.at().toString());
		xml.writeStartElement(ATOM, "author");
		element(xml, "name", actor(entry, locale));
		xml.writeEndElement();
		link(xml, "alternate", "text/html", links.base() + entry.historyPage());
		if (entry.readPage() != null) {
			link(xml, "related", "text/html", links.base() + entry.readPage());
		}
		xml.writeEmptyElement(ATOM, "category");
		xml.writeAttribute("term", entry.kind().path());
		xml.writeAttribute("label", xmlText(message("history.kind." + entry.kind().path(), locale)));
		if (entry.stanceChange()) {
			element(xml, "summary",
					message("UPDATE".equals(entry.action()) ? "changes.stance.corrected" : "changes.stance.logged",
							locale, actor(entry, locale)));
		}
		xml.writeEndElement();
	}

	/**
	 * What {@code /changes} says about one change: "Russia on the DMZ: opposes →
	 * conditional, 2026-02-20" for a stance, "Proposal ‘Patrol plan’ edited by alice:
	 * Summary, Status" for the rest, the fields named as the record's form names them.
	 */
	String title(ChangeEntry entry, Locale locale) {
		if (entry.stanceChange()) {
			String before = (entry.previousStanceSaid() != null) ? entry.previousStanceSaid()
					: message("changes.noPosition", locale);
			return entry.partyName() + " " + message("changes.on", locale) + " " + entry.proposalTitle() + ": " + before
					+ " → " + entry.stanceSaid() + ((entry.statedOn() != null) ? ", " + entry.statedOn() : "");
		}
		String action = this.messages.getMessage("changes.action." + entry.action(),
				new Object[] { actor(entry, locale) }, entry.action().toLowerCase(Locale.ROOT), locale);
		String fields = ("UPDATE".equals(entry.action()) && !entry.fieldLabels().isEmpty())
				? ": " + String.join(", ", entry.fieldLabels()) : "";
		return message("history.kind." + entry.kind().path(), locale) + " ‘" + entry.label() + "’ " + action + fields;
	}

	private String actor(ChangeEntry entry, Locale locale) {
		return (entry.actor() != null) ? entry.actor() : message("changes.noActor", locale);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(ATOM, name);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", xmlText(href));
	}

	/** The text with every character XML 1.0 cannot hold replaced by U+FFFD. */
	static String xmlText(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			safe.appendCodePoint(allowed ? c : 0xFFFD);
		});
		return safe.toString();
	}

	/**
	 * Where things are, for the feed's links.
	 *
	 * @param base the application's absolute address, without a trailing slash
	 * @param host its host name, for the entries' {@code tag:} ids
	 * @param self the feed's own address, with its filters
	 * @param page {@code /changes} with the same filters
	 */
	record Links(String base, String host, String self, String page, String title) {

	}

}
