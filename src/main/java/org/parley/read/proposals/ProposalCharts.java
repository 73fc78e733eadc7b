package org.parley.read.proposals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.read.StanceChart;
import org.parley.read.proposals.Dossier.PartyStance;
import org.parley.read.proposals.Dossier.Statement;

/** The proposal page's stance chart, from the dossier it already read. */
final class ProposalCharts {

	private ProposalCharts() {
	}

	/**
	 * One row per party in the order of "where each party stands", its statements in the
	 * order of the history, its current one as the dossier has it; each mark links to the
	 * statement in the history.
	 */
	static StanceChart stances(Dossier dossier) {
		Map<Long, List<StanceChart.Statement>> byParty = new LinkedHashMap<>();
		for (Statement statement : dossier.history()) {
			byParty.computeIfAbsent(statement.partyId(), (party) -> new ArrayList<>())
				.add(new StanceChart.Statement(statement.id(), statement.statedOn(), statement.statedOnPrecision(),
						statement.stance(), statement.speakerName(), "#position-" + statement.id()));
		}
		List<StanceChart.Lane> lanes = new ArrayList<>();
		for (PartyStance party : dossier.stances()) {
			lanes.add(new StanceChart.Lane(party.partyName(), "/parties/" + party.partyId(),
					byParty.getOrDefault(party.partyId(), List.of()), party.hasStance() ? party.current().id() : null));
		}
		return StanceChart.of(lanes);
	}

}
