package org.parley.position.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.position.Position;
import org.parley.position.PositionEditing;
import org.parley.position.PositionRecord;
import org.parley.web.WriteApi;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Editors record, correct and delete positions through the API: the form's rules
 * ({@link PositionChecks}) and the form's service, so both are audited alike.
 */
@RestController
@RequestMapping("/api/v1/positions")
@PreAuthorize("hasRole('EDITOR')")
@Tag(name = "Positions")
class PositionWriteApiController {

	private static final String KIND = "position";

	private final PositionEditing editing;

	private final PositionChecks checks;

	private final MessageSource messages;

	PositionWriteApiController(PositionEditing editing, PositionChecks checks, MessageSource messages) {
		this.editing = editing;
		this.checks = checks;
		this.messages = messages;
	}

	@PostMapping
	@Operation(operationId = "createPosition", summary = "Record a position")
	ResponseEntity<WriteApi.Written> create(@RequestBody PositionRequest request) {
		PositionForm form = checked(request, null);
		Position position = this.editing.create(form.toDetails());
		return WriteApi.created(KIND, position.getId(), position.getVersion(), "/api/v1/positions/" + position.getId());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updatePosition", summary = "Correct a position",
			description = "If-Match must carry the ETag of the version corrected.")
	ResponseEntity<WriteApi.Written> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PositionRequest request) {
		long version = WriteApi.requireVersion(ifMatch, KIND, id, existing(id).version());
		PositionForm form = checked(request, id);
		Position saved = this.editing.correct(id, version, form.toDetails());
		return WriteApi.saved(KIND, id, saved.getVersion());
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deletePosition", summary = "Delete a position entered by mistake",
			description = "If-Match must carry the ETag of the version deleted.")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = WriteApi.requireVersion(ifMatch, KIND, id, existing(id).version());
		this.editing.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	private PositionForm checked(PositionRequest request, Long self) {
		return WriteApi.checked(request.toForm(), (form, errors) -> this.checks.validate(form, errors, self),
				PositionRequest::member, this.messages);
	}

	private PositionRecord existing(long id) {
		return this.editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no position " + id + "."));
	}

}
