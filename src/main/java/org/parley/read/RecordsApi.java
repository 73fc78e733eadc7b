package org.parley.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.web.EntityTags;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How the API answers with records: a list with its total and RFC 8288 {@code Link}
 * headers to its first, previous, next and last pages; a record with a strong
 * {@code ETag} from its version, 304 when the client already holds that version, and a
 * 404 problem detail when there is no such record.
 */
public final class RecordsApi {

	/** The header that carries a list's total beside its body. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	private RecordsApi() {
	}

	/** {@code page} with its links. */
	public static ResponseEntity<ApiPage> list(ApiPage page) {
		return paged(page.page(), page.size(), page.total()).body(page);
	}

	/**
	 * A 200 for page {@code page} of {@code size} of a list of {@code total}, with its
	 * total and its links to the first, previous, next and last pages.
	 */
	public static ResponseEntity.BodyBuilder paged(long page, int size, long total) {
		long lastPage = (total == 0) ? 0 : (total - 1) / size;
		List<String> links = new ArrayList<>();
		links.add(link(0, size, "first"));
		if (page > 0) {
			links.add(link(Math.min(page - 1, lastPage), size, "prev"));
		}
		if (page < lastPage) {
			links.add(link(page + 1, size, "next"));
		}
		links.add(link(lastPage, size, "last"));
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, String.join(", ", links))
			.header(TOTAL_COUNT, String.valueOf(total));
	}

	/** The record {@code id} of {@code kind} ("position"), or a 404. */
	public static ResponseEntity<Map<String, Object>> one(Optional<Map<String, Object>> record, String kind, long id,
			WebRequest request) {
		Map<String, Object> found = record.orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no " + kind + " " + id + "."));
		String etag = EntityTags.of(kind, id, ((Number) found.get("version")).longValue());
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok().eTag(etag).body(found);
	}

	private static String link(long page, int size, String relation) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + relation + "\"";
	}

}
