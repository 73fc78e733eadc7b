package org.parley.read.changes;

import org.springframework.web.server.ResponseStatusException;

import org.springframework.web.bind.annotation.PathVariable;

import org.springframework.http.HttpStatus;

import org.springframework.context.MessageSource;

import java.util.Optional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.parley.security.ReadAccess;
import org.parley.web.BadRequestException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /changes}: everything that changed, newest first, by negotiation, kind of
 * record, editor and UTC day ("since" is {@code from}), a page at a time by key
 * ({@code before}, the cursor of the page before). A new or corrected stance reads as a
 * sentence. Two statements. {@code /changes.atom} is the same, as an Atom feed of the
 * newest {@value #FEED_SIZE}.
 */
@Controller
class ChangesController {

	static final int PAGE_SIZE = 50;

	static final int FEED_SIZE = 50;

	private static final MediaType ATOM = new MediaType(MediaType.APPLICATION_ATOM_XML, StandardCharsets.UTF_8);

	private final ChangesReader reader;

	private final ChangesFeed feed;

	private final MessageSource messages;

	ChangesController(ChangesReader reader, ChangesFeed feed, MessageSource messages) {
		this.reader = reader;
		this.feed = feed;
		this.messages = messages;
	}

	@GetMapping("/changes")
	@ReadAccess
	String changes(@RequestParam(required = false) String negotiation, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String editor,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		ChangeFilter filter = filter(negotiation, kind, editor, from, to);
		ChangesPage changes = this.reader.find(filter, before, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("changes", changes);
		model.addAttribute("newestLink", (before != null) ? address("/changes", filter).toUriString() : null);
		model.addAttribute("olderLink", (changes.older() != null)
				? address("/changes", filter, Map.of("before", changes.older())).toUriString() : null);
		model.addAttribute("negotiations", this.reader.negotiations());
		model.addAttribute("kinds", HistoryKind.values());
		model.addAttribute("atomFeed", address("/changes.atom", filter).toUriString());
		return "changes/list";
	}

	@GetMapping("/changes.atom")
	@ReadAccess
	ResponseEntity<byte[]> feed(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String editor,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		ChangeFilter filter = filter(negotiation, kind, editor, from, to);
		return feed(filter, address("/changes.atom", filter).toUriString(), address("/changes", filter).toUriString(),
				null);
	}

	/** The changes to one proposal and the positions on it. */
	@GetMapping("/proposals/{id}/changes.atom")
	@ReadAccess
	ResponseEntity<byte[]> proposalFeed(@PathVariable long id) {
		String title = found(this.reader.proposalTitle(id));
		return feed(ChangeFilter.ofProposal(id), "/proposals/" + id + "/changes.atom", "/proposals/" + id,
				message("changes.feed.proposal", title));
	}

	/** The changes to one party and its positions. */
	@GetMapping("/parties/{id}/changes.atom")
	@ReadAccess
	ResponseEntity<byte[]> partyFeed(@PathVariable long id) {
		String name = found(this.reader.partyName(id));
		return feed(ChangeFilter.ofParty(id), "/parties/" + id + "/changes.atom", "/parties/" + id,
				message("changes.feed.party", name));
	}

	/**
	 * The changes to one negotiation: itself, its rounds, its proposals and the positions
	 * on them.
	 */
	@GetMapping("/negotiations/{slug}/changes.atom")
	@ReadAccess
	ResponseEntity<byte[]> negotiationFeed(@PathVariable String slug) {
		String title = found(this.reader.negotiationTitle(slug));
		ChangeFilter filter = new ChangeFilter(slug, null, null, null, null);
		String self = UriComponentsBuilder.fromPath("/negotiations/{slug}/changes.atom")
			.buildAndExpand(slug)
			.encode()
			.toUriString();
		return feed(filter, self, address("/changes", filter).toUriString(),
				message("changes.feed.negotiation", title));
	}

	private ResponseEntity<byte[]> feed(ChangeFilter filter, String self, String page, String title) {
		UriComponents base = ServletUriComponentsBuilder.fromCurrentContextPath().build();
		String root = base.toUriString();
		ChangesFeed.Links links = new ChangesFeed.Links(root, base.getHost(), root + self, root + page, title);
		byte[] xml = this.feed.write(this.reader.find(filter, null, FEED_SIZE).changes(), links,
				LocaleContextHolder.getLocale());
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private String message(String code, String name) {
		return this.messages.getMessage(code, new Object[] { name }, LocaleContextHolder.getLocale());
	}

	private static String found(Optional<String> name) {
		return name.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static ChangeFilter filter(String negotiation, String kind, String editor, LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("‘from’ (" + from + ") must not be after ‘to’ (" + to + ").");
		}
		HistoryKind recordKind = null;
		if (kind != null && !kind.isBlank()) {
			recordKind = HistoryKind.ofPath(kind.strip())
				.orElseThrow(() -> new BadRequestException("‘kind’ must be one of negotiations, parties, people, "
						+ "rounds, proposals, positions, citations, sources, topics."));
		}
		return new ChangeFilter(negotiation, recordKind, editor, from, to);
	}

	/**
	 * A path with the filter as its query, relative to the application; values are
	 * encoded strictly ({@code &}, {@code +} and {@code =} included).
	 */
	private static UriComponents address(String path, ChangeFilter filter) {
		return address(path, filter, Map.of());
	}

	private static UriComponents address(String path, ChangeFilter filter, Map<String, Object> more) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("negotiation", filter.negotiation());
		values.put("kind", (filter.kind() != null) ? filter.kind().path() : null);
		values.put("editor", filter.editor());
		values.put("from", filter.from());
		values.put("to", filter.to());
		values.putAll(more);
		values.values().removeIf(Objects::isNull);
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(path);
		values.keySet().forEach((name) -> address.queryParam(name, "{" + name + "}"));
		return address.encode().buildAndExpand(values);
	}

}
