package org.parley.citing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import org.parley.citing.CitationEditing;
import org.parley.citing.CitationRecord;
import org.parley.citing.CitationSaved;
import org.parley.source.Bearing;
import org.parley.web.WriteApi;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors make, correct and delete citations through the API: the form's rules
 * ({@link CitationChecks}) and the form's service. A citation something still rests on is
 * not deleted (409, naming what).
 */
@RestController
@RequestMapping("/api/v1/citations")
@PreAuthorize("hasRole('EDITOR')")
@Tag(name = "Citations")
class CitationWriteApiController {

	private static final String KIND = "citation";

	private final CitationEditing editing;

	private final CitationChecks checks;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	CitationWriteApiController(CitationEditing editing, CitationChecks checks, Validator validator,
			MessageSource messages) {
		this.editing = editing;
		this.checks = checks;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	@PostMapping
	@Operation(operationId = "createCitation", summary = "Record a citation")
	ResponseEntity<WriteApi.Written> create(@RequestBody CitationRequest request) {
		CitationSaved saved = this.editing.create(checked(request, null).toDetails(), null, Bearing.SUPPORTS);
		return WriteApi.created(KIND, saved.id(), existing(saved.id()).version(), "/api/v1/citations/" + saved.id());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateCitation", summary = "Correct a citation",
			description = "If-Match must carry the ETag of the version corrected.")
	ResponseEntity<WriteApi.Written> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody CitationRequest request) {
		long version = WriteApi.requireVersion(ifMatch, KIND, id, existing(id).version());
		this.editing.update(id, version, checked(request, id).toDetails());
		return WriteApi.saved(KIND, id, existing(id).version());
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteCitation", summary = "Delete a citation nothing rests on",
			description = "If-Match must carry the ETag of the version deleted.")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = WriteApi.requireVersion(ifMatch, KIND, id, existing(id).version());
		this.editing.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	private CitationForm checked(CitationRequest request, Long self) {
		return WriteApi.checked(request.toForm(), (form, errors) -> {
			this.validator.validate(form, errors);
			this.checks.validate(form, errors, self);
		}, CitationRequest::member, this.messages);
	}

	private CitationRecord existing(long id) {
		return this.editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no citation " + id + "."));
	}

}
