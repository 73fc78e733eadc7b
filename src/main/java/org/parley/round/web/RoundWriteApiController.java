package org.parley.round.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.round.EditableRound;
import org.parley.round.Round;
import org.parley.round.RoundEditing;
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
 * Editors log, correct and delete rounds through the API: the form's rules
 * ({@link RoundChecks}) and the form's service. A round positions were stated at is not
 * deleted (409).
 */
@RestController
@RequestMapping("/api/v1/rounds")
@PreAuthorize("hasRole('EDITOR')")
@Tag(name = "Rounds")
class RoundWriteApiController {

	private static final String KIND = "round";

	private final RoundEditing editing;

	private final RoundChecks checks;

	private final MessageSource messages;

	RoundWriteApiController(RoundEditing editing, RoundChecks checks, MessageSource messages) {
		this.editing = editing;
		this.checks = checks;
		this.messages = messages;
	}

	@PostMapping
	@Operation(operationId = "createRound", summary = "Log a round")
	ResponseEntity<WriteApi.Written> create(@RequestBody RoundRequest request) {
		RoundForm form = WriteApi.checked(request.toForm(), (checked, errors) -> this.checks.validate(checked, errors),
				RoundRequest::member, this.messages);
		Round round = this.editing.create(form.toDetails());
		return WriteApi.created(KIND, round.getId(), round.getVersion(), "/api/v1/rounds/" + round.getId());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateRound", summary = "Correct a round",
			description = "Replaces its parties, delegates, proposals discussed and citations; If-Match must carry the ETag of the "
					+ "version corrected.")
	ResponseEntity<WriteApi.Written> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RoundRequest request) {
		EditableRound current = existing(id);
		long version = WriteApi.requireVersion(ifMatch, KIND, id, current.version());
		RoundForm form = WriteApi.checked(request.toForm(), (checked, errors) -> {
			this.checks.validate(checked, errors);
			this.checks.stayInItsNegotiation(checked, errors, id, current.details().negotiationId());
		}, RoundRequest::member, this.messages);
		Round saved = this.editing.update(id, version, form.toDetails());
		return WriteApi.saved(KIND, id, saved.getVersion());
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteRound", summary = "Delete a round nothing rests on",
			description = "If-Match must carry the ETag of the version deleted.")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = WriteApi.requireVersion(ifMatch, KIND, id, existing(id).version());
		this.editing.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	private EditableRound existing(long id) {
		return this.editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no round " + id + "."));
	}

}
