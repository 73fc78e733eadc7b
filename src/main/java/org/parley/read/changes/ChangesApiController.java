package org.parley.read.changes;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.parley.read.Paging;
import org.parley.security.ReadAccess;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/changes}: the changes page, as JSON, from the same reader; paged by key
 * ({@code before}), with a {@code Link} to the next older page.
 */
@RestController
@RequestMapping("/api/v1/changes")
@Tag(name = "Changes", description = "Everything that changed in the record, newest first.")
class ChangesApiController {

	private final ChangesReader reader;

	private final ChangesFeed feed;

	ChangesApiController(ChangesReader reader, ChangesFeed feed) {
		this.reader = reader;
		this.feed = feed;
	}

	@GetMapping
	@ReadAccess
	@Operation(operationId = "listChanges", summary = "List changes",
			description = "Filtered as the changes page is (dates are UTC days, both included); the next older page "
					+ "is ?before= the older cursor, also sent as a Link with rel=next.")
	ResponseEntity<ChangesJson> changes(@RequestParam(required = false) String negotiation,
			@RequestParam(required = false) @Parameter(
					schema = @Schema(allowableValues = { "negotiations", "parties", "people", "rounds", "proposals",
							"positions", "citations", "sources", "topics", "regions" })) String kind,
			@RequestParam(required = false) String editor,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "" + ChangesController.PAGE_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		ChangeFilter filter = ChangesController.filter(negotiation, kind, editor, from, to);
		ChangesPage page = this.reader.find(filter, before, size);
		Locale locale = LocaleContextHolder.getLocale();
		ChangesJson body = new ChangesJson(page.changes()
			.stream()
			.map((entry) -> ChangesJson.Change.of(entry, this.feed.title(entry, locale)))
			.toList(), page.older());
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (page.older() != null) {
			String next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("before", page.older())
				.build()
				.toUriString();
			ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return ok.body(body);
	}

}
