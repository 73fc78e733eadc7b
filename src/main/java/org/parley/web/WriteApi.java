package org.parley.web;

import java.net.URI;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every write of the API shares: an update or delete names the version it changes
 * with {@code If-Match} (428 without it, 412 when it is not the current one), and a
 * written record answers with its address and new entity tag.
 */
public final class WriteApi {

	private WriteApi() {
	}

	/** The version {@code ifMatch} names, which must be {@code current}. */
	public static long requireVersion(String ifMatch, String kind, long id, long current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of the version you change (GET /api/v1/" + kind + "s/" + id
							+ " gives it).");
		}
		long version = EntityTags.version(ifMatch, kind, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
					"If-Match does not name a version of " + kind + " " + id + "."));
		if (version != current) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "The " + kind
					+ " changed since that version: read it again and apply your change to the new " + "version.");
		}
		return version;
	}

	/**
	 * {@code form} once {@code rules} find nothing wrong with it; otherwise the field
	 * errors they found, under the API's member names ({@code rename}), as a 422.
	 */
	public static <F> F checked(F form, BiConsumer<F, Errors> rules, UnaryOperator<String> rename,
			MessageSource messages) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		rules.accept(form, errors);
		if (errors.hasErrors()) {
			throw InvalidRecordException.of(errors, rename, messages);
		}
		return form;
	}

	/** 201 Created at {@code location}, with the record's entity tag. */
	public static ResponseEntity<Written> created(String kind, long id, long version, String location) {
		return ResponseEntity.created(URI.create(location))
			.eTag(EntityTags.of(kind, id, version))
			.body(new Written(id, version));
	}

	/** 200 with the record's new entity tag. */
	public static ResponseEntity<Written> saved(String kind, long id, long version) {
		return ResponseEntity.ok().eTag(EntityTags.of(kind, id, version)).body(new Written(id, version));
	}

	/**
	 * A record as written.
	 *
	 * @param id its id
	 * @param version its version now (its ETag's)
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "Written", description = "The record as written.", example = """
			{"id": 42, "version": 0}""")
	public record Written(long id, long version) {
	}

}
