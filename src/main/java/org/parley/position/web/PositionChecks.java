package org.parley.position.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonRepository;
import org.parley.position.PositionEditing;
import org.parley.position.Stance;
import org.parley.proposal.ProposalRepository;
import org.parley.source.CitationRepository;
import org.parley.source.CitationRow;
import org.parley.topic.TopicRepository;

import org.parley.web.PickerSearchAdvice;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The rules a position must keep, checked once for the form and the API alike: its
 * constraints, that the records it names exist, no future date, a condition for a
 * conditional stance, a speaker of the same party, each citation once.
 */
@Component
class PositionChecks {

	private final PositionEditing editing;

	private final ProposalRepository proposals;

	private final PartyRepository parties;

	private final PersonRepository people;

	private final CitationRepository citations;

	private final Clock clock;

	private final TopicRepository topics;

	private final SpringValidatorAdapter validator;

	PositionChecks(PositionEditing editing, ProposalRepository proposals, PartyRepository parties,
			PersonRepository people, CitationRepository citations, Clock clock, jakarta.validation.Validator validator,
			TopicRepository topics) {
		this.topics = topics;
		this.editing = editing;
		this.proposals = proposals;
		this.parties = parties;
		this.people = people;
		this.citations = citations;
		this.clock = clock;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Field errors in {@code result} for what {@code form} gets wrong; {@code self} is
	 * the position corrected.
	 */
	void validate(PositionForm form, Errors result, Long self) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		if (form.getProposalId() != null && !result.hasFieldErrors("proposalId")) {
			if (!this.proposals.existsById(form.getProposalId())) {
				result.rejectValue("proposalId", "position.form.proposalId.unknown");
			}
			else if (self != null && !this.editing.fitsItsRound(self, form.getProposalId())) {
				result.rejectValue("proposalId", "position.form.proposalId.round");
			}
		}
		if (form.getPartyId() != null && !result.hasFieldErrors("partyId")
				&& !this.parties.existsById(form.getPartyId())) {
			result.rejectValue("partyId", "position.form.partyId.unknown");
		}
		if (form.getStatedOn() != null && form.getStatedOn().isAfter(today())) {
			result.rejectValue("statedOn", "position.form.statedOn.future");
		}
		if (form.getStance() == Stance.CONDITIONAL && form.getCondition() == null
				&& !result.hasFieldErrors("condition")) {
			result.rejectValue("condition", "position.form.condition.required");
		}
		if (form.getSpeakerId() != null && !result.hasFieldErrors("speakerId")) {
			Person speaker = this.people.findWithPartyById(form.getSpeakerId()).orElse(null);
			if (speaker == null) {
				result.rejectValue("speakerId", "position.form.speakerId.unknown");
			}
			else if (speaker.getParty() != null && form.getPartyId() != null
					&& !speaker.getParty().getId().equals(form.getPartyId())) {
				result.rejectValue("speakerId", "position.form.speakerId.otherParty",
						new Object[] { speaker.getFullName(), speaker.getParty().getName() }, null);
			}
		}
		CitationRow.check(form.getCitations(), this.citations, result);
		checkArguments(form, result);
		checkPreconditions(form, result);
	}

	/**
	 * Each argument row with anything in it: a kind and words, about a proposal or a
	 * topic on record (not both), its reports on record, each once.
	 */
	private void checkArguments(PositionForm form, Errors result) {
		List<ArgumentRow> rows = form.getArguments();
		for (int i = 0; i < rows.size(); i++) {
			ArgumentRow row = rows.get(i);
			if (row == null || !row.isFilled()) {
				continue;
			}
			String path = "arguments[" + i + "].";
			if (row.getKind() == null && !result.hasFieldErrors(path + "kind")) {
				result.rejectValue(path + "kind", "position.form.argument.kind.required");
			}
			if (row.getArgument() == null && !result.hasFieldErrors(path + "argument")) {
				result.rejectValue(path + "argument", "position.form.argument.text.required");
			}
			if (row.getAboutProposalId() != null && row.getAboutTopicId() != null) {
				result.rejectValue(path + "aboutTopicId", "position.form.argument.about.both");
			}
			else if (row.getAboutProposalId() != null && !result.hasFieldErrors(path + "aboutProposalId")
					&& !this.proposals.existsById(row.getAboutProposalId())) {
				result.rejectValue(path + "aboutProposalId", "position.form.argument.aboutProposalId.unknown");
			}
			else if (row.getAboutTopicId() != null && !result.hasFieldErrors(path + "aboutTopicId")
					&& !this.topics.existsById(row.getAboutTopicId())) {
				result.rejectValue(path + "aboutTopicId", "position.form.argument.aboutTopicId.unknown");
			}
			CitationRow.check(path, row.getCitations(), this.citations, result);
		}
	}

	/** Each proposal conditioned: on record, not the position's own, chosen once. */
	private void checkPreconditions(PositionForm form, Errors result) {
		List<Long> rows = form.getPreconditionOf();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			Long id = rows.get(i);
			String path = "preconditionOf[" + i + "]";
			if (id == null || result.hasFieldErrors(path)) {
				continue;
			}
			if (id.equals(form.getProposalId())) {
				result.rejectValue(path, "position.form.preconditionOf.self");
			}
			else if (!seen.add(id)) {
				result.rejectValue(path, "position.form.preconditionOf.twice");
			}
			else if (!this.proposals.existsById(id)) {
				result.rejectValue(path, "position.form.preconditionOf.unknown");
			}
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
