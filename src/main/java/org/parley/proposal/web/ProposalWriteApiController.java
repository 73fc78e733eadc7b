package org.parley.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.proposal.EditableProposal;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalEditing;
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
 * Editors create, correct and delete proposals with their points and relations through
 * the API: the form's rules ({@link ProposalChecks}) and the form's service. A proposal
 * other records rest on is not deleted (409).
 */
@RestController
@RequestMapping("/api/v1/proposals")
@PreAuthorize("hasRole('EDITOR')")
@Tag(name = "Proposals")
class ProposalWriteApiController {

	private static final String KIND = "proposal";

	private final ProposalEditing editing;

	private final ProposalChecks checks;

	private final MessageSource messages;

	ProposalWriteApiController(ProposalEditing editing, ProposalChecks checks, MessageSource messages) {
		this.editing = editing;
		this.checks = checks;
		this.messages = messages;
	}

	@PostMapping
	@Operation(operationId = "createProposal", summary = "Create a proposal")
	ResponseEntity<WriteApi.Written> create(@RequestBody ProposalRequest request) {
		ProposalForm form = WriteApi.checked(request.toForm(),
				(checked, errors) -> this.checks.validate(checked, errors, null), ProposalRequest::member,
				this.messages);
		Proposal proposal = this.editing.create(form.toDetails());
		return WriteApi.created(KIND, proposal.getId(), proposal.getVersion(), "/api/v1/proposals/" + proposal.getId());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateProposal", summary = "Correct a proposal",
			description = "Replaces its points, relations and citations; If-Match must carry the ETag of the "
					+ "version corrected.")
	ResponseEntity<WriteApi.Written> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ProposalRequest request) {
		EditableProposal current = existing(id);
		long version = WriteApi.requireVersion(ifMatch, KIND, id, current.version());
		ProposalForm form = WriteApi.checked(request.toForm(), (checked, errors) -> {
			this.checks.validate(checked, errors, id);
			this.checks.stayInItsNegotiation(checked, errors, id, current.details().negotiationId());
		}, ProposalRequest::member, this.messages);
		Proposal saved = this.editing.update(id, version, form.toDetails());
		return WriteApi.saved(KIND, id, saved.getVersion());
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteProposal", summary = "Delete a proposal nothing rests on",
			description = "If-Match must carry the ETag of the version deleted.")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = WriteApi.requireVersion(ifMatch, KIND, id, existing(id).version());
		this.editing.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	private EditableProposal existing(long id) {
		return this.editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no proposal " + id + "."));
	}

}
