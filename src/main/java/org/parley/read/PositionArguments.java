package org.parley.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.position.ArgumentKind;
import org.parley.source.CitationView;
import org.parley.source.CitedClaim;
import org.parley.source.Evidence;
import tools.jackson.databind.json.JsonMapper;

/**
 * A position's arguments and the proposals it conditions, read by the pages that show
 * positions (a proposal's, a party's, a person's) as two columns of the statement that
 * reads the positions themselves, so showing them costs no statement more; the arguments'
 * reports are read with the positions' own.
 */
public final class PositionArguments {

	/**
	 * The select list's part: {@code arguments} and {@code preconditions} as JSON, of the
	 * position {@code po}.
	 */
	public static final String SELECT = """
			(select json_agg(json_build_object('id', a.id, 'kind', a.kind, 'argument', a.argument, 'quote', a.quote,
			        'proposal_id', a.about_proposal_id, 'proposal', ap.title, 'topic_id', a.about_topic_id,
			        'topic', at.name) order by a.id)::text
			 from position_argument a left join proposal ap on ap.id = a.about_proposal_id
			 left join topic at on at.id = a.about_topic_id where a.position_id = po.id) as arguments,
			(select json_agg(json_build_object('id', c.proposal_id, 'title', cp.title) order by cp.title, cp.id)::text
			 from position_precondition c join proposal cp on cp.id = c.proposal_id where c.position_id = po.id)
			 as preconditions
			""";

	/**
	 * The citation links of the arguments of the positions {@code condition} selects (on
	 * {@code po}), as {@code claim_id} (the argument), {@code citation_id},
	 * {@code bearing}, {@code id}.
	 */
	public static String links(String condition) {
		return "select l.argument_id as claim_id, l.citation_id, l.bearing, l.id from position_argument_citation l "
				+ "join position_argument a on a.id = l.argument_id join position po on po.id = a.position_id where "
				+ condition;
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PositionArguments() {
	}

	/** The arguments of the column {@code arguments}, each with its evidence. */
	@SuppressWarnings("unchecked")
	public static List<ArgumentView> arguments(String json, Map<Long, Evidence> evidence) {
		if (json == null) {
			return List.of();
		}
		List<ArgumentView> arguments = new ArrayList<>();
		for (Map<String, Object> item : (List<Map<String, Object>>) JSON.readValue(json, List.class)) {
			long id = number(item.get("id"));
			arguments.add(new ArgumentView(id, ArgumentKind.valueOf((String) item.get("kind")),
					(String) item.get("argument"), (String) item.get("quote"), nullable(item.get("proposal_id")),
					(String) item.get("proposal"), nullable(item.get("topic_id")), (String) item.get("topic"),
					evidence.getOrDefault(id, Evidence.NONE)));
		}
		return List.copyOf(arguments);
	}

	/** The proposals of the column {@code preconditions}, by title. */
	@SuppressWarnings("unchecked")
	public static List<ProposalRef> preconditions(String json) {
		if (json == null) {
			return List.of();
		}
		return ((List<Map<String, Object>>) JSON.readValue(json, List.class)).stream()
			.map((item) -> new ProposalRef(number(item.get("id")), (String) item.get("title")))
			.toList();
	}

	/** Evidence per claim from its links and the reports already read. */
	public static Map<Long, Evidence> evidence(Collection<CitedClaim> links, Map<Long, CitationView> citations) {
		Map<Long, List<Evidence.Item>> items = new LinkedHashMap<>();
		for (CitedClaim link : links) {
			items.computeIfAbsent(link.claimId(), (id) -> new ArrayList<>())
				.add(new Evidence.Item(citations.get(link.citationId()), link.bearing()));
		}
		Map<Long, Evidence> evidence = new LinkedHashMap<>();
		items.forEach((claim, list) -> evidence.put(claim, new Evidence(List.copyOf(list))));
		return evidence;
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private static Long nullable(Object value) {
		return (value != null) ? number(value) : null;
	}

}
