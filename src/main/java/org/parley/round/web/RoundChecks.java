package org.parley.round.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parley.round.DelegateRow;
import org.parley.round.RoundEditing;
import org.parley.source.CitationRepository;
import org.parley.source.CitationRow;

import org.parley.web.PickerSearchAdvice;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The rules a round must keep, checked once for the form and the API alike: its
 * constraints, a negotiation, parties, delegates and proposals that exist (or new ones
 * named), an end not before its start, each citation once.
 */
@Component
class RoundChecks {

	private final RoundEditing editing;

	private final CitationRepository citations;

	private final SpringValidatorAdapter validator;

	RoundChecks(RoundEditing editing, CitationRepository citations, jakarta.validation.Validator validator) {
		this.editing = editing;
		this.citations = citations;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** A round positions were stated at stays in its negotiation. */
	void stayInItsNegotiation(RoundForm form, Errors result, long id, long negotiationId) {
		if (form.getNegotiationId() != null && !result.hasFieldErrors("negotiationId")
				&& form.getNegotiationId() != negotiationId && !this.editing.references(id).isEmpty()) {
			result.rejectValue("negotiationId", "round.form.negotiationId.positions");
		}
	}

	/** Field errors in {@code result} for what {@code form} gets wrong. */
	void validate(RoundForm form, Errors result) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		if (form.getNegotiationId() != null && !result.hasFieldErrors("negotiationId")
				&& !this.editing.negotiationExists(form.getNegotiationId())) {
			result.rejectValue("negotiationId", "round.form.negotiationId.unknown");
		}
		if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
			result.rejectValue("endsOn", "round.form.endsOn.beforeStart");
		}
		validateParties(form, result);
		validateDelegates(form, result);
		validateProposals(form, result);
		CitationRow.check(form.getCitations(), this.citations, result);
	}

	private void validateParties(RoundForm form, Errors result) {
		List<Long> ids = new ArrayList<>(form.chosenParties());
		ids.add(form.getMediatorId());
		form.getDelegates().stream().filter(Objects::nonNull).forEach((row) -> ids.add(row.getPartyId()));
		form.getProposals().stream().filter(Objects::nonNull).forEach((row) -> ids.add(row.getIntroducedById()));
		Set<Long> known = this.editing.existingParties(ids);
		if (form.getMediatorId() != null && !known.contains(form.getMediatorId())) {
			result.rejectValue("mediatorId", "round.form.party.unknown");
		}
		if (!result.hasFieldErrors("partyIds")) {
			if (!known.containsAll(form.chosenParties())) {
				result.rejectValue("partyIds", "round.form.party.unknown");
			}
			else if (new HashSet<>(form.chosenParties()).size() < form.chosenParties().size()) {
				result.rejectValue("partyIds", "round.form.partyIds.twice");
			}
			else if (form.getNegotiationId() != null && !result.hasFieldErrors("negotiationId")) {
				form.askHowNewcomersJoin(this.editing.newToNegotiation(form.getNegotiationId(), form.takingPart()),
						result, "partyIds");
			}
		}
		for (int i = 0; i < form.getDelegates().size(); i++) {
			DelegateRow row = form.getDelegates().get(i);
			if (row != null && row.getPartyId() != null && !known.contains(row.getPartyId())) {
				result.rejectValue("delegates[" + i + "].partyId", "round.form.party.unknown");
			}
		}
		for (int i = 0; i < form.getProposals().size(); i++) {
			RoundForm.ProposalRow row = form.getProposals().get(i);
			if (row != null && row.getIntroducedById() != null && !known.contains(row.getIntroducedById())) {
				result.rejectValue("proposals[" + i + "].introducedById", "round.form.party.unknown");
			}
		}
	}

	private void validateDelegates(RoundForm form, Errors result) {
		List<DelegateRow> rows = form.getDelegates();
		Set<Long> known = this.editing
			.existingPeople(rows.stream().filter(Objects::nonNull).map(DelegateRow::getPersonId).toList());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			DelegateRow row = rows.get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			String prefix = "delegates[" + i + "].";
			if (row.getPersonId() != null) {
				if (row.getFullName() != null) {
					result.rejectValue(prefix + "fullName", "round.form.delegate.both");
				}
				if (!known.contains(row.getPersonId())) {
					result.rejectValue(prefix + "personId", "round.form.delegate.unknown");
				}
				else if (!seen.add(row.getPersonId())) {
					result.rejectValue(prefix + "personId", "round.form.delegate.twice");
				}
			}
			else if (row.getFullName() == null && !result.hasFieldErrors(prefix + "personId")) {
				result.rejectValue(prefix + "fullName", "round.form.delegate.none");
			}
		}
	}

	private void validateProposals(RoundForm form, Errors result) {
		List<RoundForm.ProposalRow> rows = form.getProposals();
		Map<Long, Long> negotiationOf = this.editing.proposalNegotiations(
				rows.stream().filter(Objects::nonNull).map(RoundForm.ProposalRow::getProposalId).toList());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			RoundForm.ProposalRow row = rows.get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			String prefix = "proposals[" + i + "].";
			if (row.getProposalId() != null) {
				if (row.getTitle() != null) {
					result.rejectValue(prefix + "title", "round.form.proposal.both");
				}
				Long negotiation = negotiationOf.get(row.getProposalId());
				if (negotiation == null) {
					result.rejectValue(prefix + "proposalId", "round.form.proposal.unknown");
				}
				else if (form.getNegotiationId() != null && !negotiation.equals(form.getNegotiationId())) {
					result.rejectValue(prefix + "proposalId", "round.form.proposal.otherNegotiation");
				}
				else if (!seen.add(row.getProposalId())) {
					result.rejectValue(prefix + "proposalId", "round.form.proposal.twice");
				}
			}
			else if (row.getTitle() == null && !result.hasFieldErrors(prefix + "proposalId")) {
				result.rejectValue(prefix + "title", "round.form.proposal.none");
			}
		}
	}

}
