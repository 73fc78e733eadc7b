package org.parley.proposal.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.negotiation.NegotiationRepository;
import org.parley.party.PartyRepository;
import org.parley.proposal.ProposalEditing;
import org.parley.proposal.ProposalRepository;
import org.parley.proposal.RelationKind;
import org.parley.source.CitationRepository;
import org.parley.source.CitationRow;
import org.parley.topic.RegionRepository;
import org.parley.topic.TopicRepository;

import org.parley.web.PickerSearchAdvice;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The rules a proposal must keep, checked once for the form and the API alike: its
 * constraints, that every record it names exists, a text for every labelled point, each
 * relation once, never to itself and no cycle through "part of", each citation once.
 */
@Component
class ProposalChecks {

	private final ProposalEditing editing;

	private final NegotiationRepository negotiations;

	private final PartyRepository parties;

	private final TopicRepository topics;

	private final RegionRepository regions;

	private final ProposalRepository proposals;

	private final CitationRepository citations;

	private final SpringValidatorAdapter validator;

	ProposalChecks(ProposalEditing editing, NegotiationRepository negotiations, PartyRepository parties,
			TopicRepository topics, RegionRepository regions, ProposalRepository proposals,
			CitationRepository citations, jakarta.validation.Validator validator) {
		this.editing = editing;
		this.negotiations = negotiations;
		this.parties = parties;
		this.topics = topics;
		this.regions = regions;
		this.proposals = proposals;
		this.citations = citations;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** A proposal discussed at rounds stays in their negotiation. */
	void stayInItsNegotiation(ProposalForm form, Errors result, long id, long negotiationId) {
		if (form.getNegotiationId() != null && !result.hasFieldErrors("negotiationId")
				&& form.getNegotiationId() != negotiationId && this.editing.tiedToRounds(id)) {
			result.rejectValue("negotiationId", "proposal.form.negotiationId.tied");
		}
	}

	/**
	 * Field errors in {@code result} for what {@code form} gets wrong; {@code self} is
	 * the proposal edited.
	 */
	void validate(ProposalForm form, Errors result, Long self) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		if (form.getNegotiationId() != null && !result.hasFieldErrors("negotiationId")
				&& !this.negotiations.existsById(form.getNegotiationId())) {
			result.rejectValue("negotiationId", "proposal.form.negotiationId.unknown");
		}
		if (form.getFirstReportedCitationId() != null && !result.hasFieldErrors("firstReportedCitationId")
				&& !this.citations.existsById(form.getFirstReportedCitationId())) {
			result.rejectValue("firstReportedCitationId", "citation.row.unknown");
		}
		checkAll(result, "proposerIds", form.getProposerIds(), (ids) -> this.parties.findAllById(ids).size(),
				"proposal.form.proposerIds.unknown");
		checkAll(result, "topicIds", form.getTopicIds(), (ids) -> this.topics.findAllById(ids).size(),
				"proposal.form.topicIds.unknown");
		checkAll(result, "regionIds", form.getRegionIds(), (ids) -> this.regions.findAllById(ids).size(),
				"proposal.form.regionIds.unknown");
		List<ProposalForm.PointRow> points = form.getPoints();
		for (int i = 0; i < points.size(); i++) {
			ProposalForm.PointRow row = points.get(i);
			if (row != null && row.getText() == null && row.getLabel() != null
					&& !result.hasFieldErrors("points[" + i + "].text")) {
				result.rejectValue("points[" + i + "].text", "proposal.form.point.text.required");
			}
		}
		checkRelations(form, result, self);
		CitationRow.check(form.getCitations(), this.citations, result);
	}

	private void checkRelations(ProposalForm form, Errors result, Long self) {
		Set<String> seen = new HashSet<>();
		Map<Integer, Long> partOf = new HashMap<>();
		List<ProposalForm.RelationRow> rows = form.getRelations();
		for (int i = 0; i < rows.size(); i++) {
			ProposalForm.RelationRow row = rows.get(i);
			if (row == null || row.getTargetId() == null) {
				continue;
			}
			String target = "relations[" + i + "].targetId";
			CitationRow.check("relations[" + i + "].", row.getCitations(), this.citations, result);
			if (row.getKind() == null) {
				if (!result.hasFieldErrors("relations[" + i + "].kind")) {
					result.rejectValue("relations[" + i + "].kind", "proposal.form.relation.kind.required");
				}
			}
			else if (row.getTargetId().equals(self)) {
				result.rejectValue(target, "proposal.form.relation.self");
			}
			else if (!this.proposals.existsById(row.getTargetId())) {
				result.rejectValue(target, "proposal.form.relation.unknown");
			}
			else if (!seen.add(row.getKind() + ":" + row.getTargetId())) {
				result.rejectValue(target, "proposal.form.relation.twice");
			}
			else if (row.getKind() == RelationKind.PART_OF) {
				partOf.put(i, row.getTargetId());
			}
		}
		Set<Long> cycles = this.editing.partOfCycles(self, partOf.values());
		partOf.forEach((i, targetId) -> {
			if (cycles.contains(targetId)) {
				result.rejectValue("relations[" + i + "].targetId", "proposal.form.relation.cycle");
			}
		});
	}

	private static void checkAll(Errors result, String field, List<Long> ids, Function<Set<Long>, Integer> found,
			String code) {
		if (result.hasFieldErrors(field)) {
			return;
		}
		Set<Long> wanted = ids.stream().filter((id) -> id != null).collect(Collectors.toSet());
		if (!wanted.isEmpty() && found.apply(wanted) != wanted.size()) {
			result.rejectValue(field, code);
		}
	}

}
