-- The tables the database keeps from others (V79, V81, V82, V83, V113, V114), filled once here: their triggers
-- are disabled during the load (DerivedTables), so each is made by one set-based statement holding
-- exactly what the triggers would have made from the generator's statements.

-- current_position: the latest position per proposal and party (positions came in one statement).
INSERT INTO current_position (proposal_id, party_id, position_id, stated_on, stance)
SELECT DISTINCT ON (p.proposal_id, p.party_id) p.proposal_id, p.party_id, p.id, p.stated_on, p.stance
FROM position p
ORDER BY p.proposal_id, p.party_id, p.stated_on DESC, p.id DESC;

-- position_evidence: each position's evidence from its supporting citations (the view V113 defines),
-- copied to its current stance.
INSERT INTO position_evidence (position_id, best_credibility, anonymous_only)
SELECT e.position_id, e.best_credibility, e.anonymous_only FROM position_evidence_of e;
UPDATE current_position cur
SET best_credibility = e.best_credibility, anonymous_only = e.anonymous_only
FROM position_evidence e
WHERE e.position_id = cur.position_id;
-- proposal_evidence: the current stances' evidence summed up per proposal (the view V114 defines).
INSERT INTO proposal_evidence (proposal_id, best_credibility, named, named_best_credibility)
SELECT e.proposal_id, e.best_credibility, e.named, e.named_best_credibility FROM proposal_evidence_of e;

-- record_count: each counted table's rows grew by as many as the generator added.
UPDATE record_count c SET row_count = c.row_count + added.n
FROM (VALUES ('negotiation', ${negotiations}), ('round', ${rounds}), ('proposal', ${proposals}),
             ('position', ${proposals} * ${positions_per_proposal}), ('source', ${sources}),
             ('citation', ${citations})) added(table_name, n)
WHERE c.table_name = added.table_name;

-- proposal_activity: a proposal's own time, or its latest position's when later.
INSERT INTO proposal_activity (proposal_id, changed_at)
SELECT pr.id, greatest(pr.updated_at, po.changed_at)
FROM proposal pr
LEFT JOIN (SELECT proposal_id, max(updated_at) AS changed_at FROM position GROUP BY proposal_id) po
       ON po.proposal_id = pr.id
ORDER BY pr.id;

-- record_change: each generated save is a transaction of its own holding one row of the record's own
-- (a write, written first) and, for a record's first save, its parts after it (all made at the same
-- time as the record): so one save each, numbered 1, starting at the record's own row, its fields the
-- own row's then one name per part in the order written (points, relations and their reports, proposals,
-- citations; a topic's claims, a person's titles, each with their reports).
INSERT INTO record_change (transaction_id, entity_type, record_id, actor, save, first_event_id, occurred_at,
                           write_event_id, own_event_id, fields, negotiation_id)
SELECT e.transaction_id, e.entity_type, e.entity_id::bigint, e.actor, 1, e.id, e.occurred_at,
       CASE WHEN NOT (e.action = 'UPDATE' AND (
               SELECT count(*) = 1 AND bool_and(coalesce(v ->> 'from', '') LIKE '[%]' AND coalesce(v ->> 'to', '') LIKE '[%]')
               FROM jsonb_each(e.changes) x(k, v))) THEN e.id END,
       e.id,
       concat_ws(',', (SELECT string_agg(k, ',') FROM jsonb_object_keys(e.changes) k), parts.names),
       CASE e.entity_type WHEN 'Negotiation' THEN e.entity_id::bigint
                          WHEN 'Round' THEN ro.negotiation_id
                          WHEN 'Proposal' THEN pr.negotiation_id
                          WHEN 'Position' THEN pp.negotiation_id END
FROM audit_event e
LEFT JOIN (
    SELECT 'Proposal' AS rtype, pr.id AS rid,
           nullif(concat_ws(',', pg_temp.repeat_names('points', pt.n),
                            pg_temp.repeat_names('relations', coalesce(rl.n, 0) + coalesce(rlc.n, 0)),
                            pg_temp.repeat_names('citations', ci.n)), '') AS names
    FROM proposal pr
    LEFT JOIN (SELECT proposal_id, count(*) AS n FROM proposal_point GROUP BY 1) pt ON pt.proposal_id = pr.id
    LEFT JOIN (SELECT proposal_id, count(*) AS n FROM proposal_relation GROUP BY 1) rl ON rl.proposal_id = pr.id
    LEFT JOIN (SELECT r.proposal_id, count(*) AS n FROM proposal_relation_citation c JOIN proposal_relation r ON r.id = c.relation_id
               GROUP BY 1) rlc ON rlc.proposal_id = pr.id
    LEFT JOIN (SELECT proposal_id, count(*) AS n FROM proposal_citation GROUP BY 1) ci ON ci.proposal_id = pr.id
    UNION ALL
    SELECT 'Round', r.id,
           nullif(concat_ws(',', pg_temp.repeat_names('proposals', rp.n), pg_temp.repeat_names('citations', coalesce(rc.n, 0) + coalesce(rpc.n, 0))), '')
    FROM round r
    LEFT JOIN (SELECT round_id, count(*) AS n FROM round_proposal GROUP BY 1) rp ON rp.round_id = r.id
    LEFT JOIN (SELECT round_id, count(*) AS n FROM round_citation GROUP BY 1) rc ON rc.round_id = r.id
    LEFT JOIN (SELECT x.round_id, count(*) AS n FROM round_proposal_citation c JOIN round_proposal x ON x.id = c.round_proposal_id
               GROUP BY 1) rpc ON rpc.round_id = r.id
    UNION ALL
    SELECT 'Position', position_id, pg_temp.repeat_names('citations', count(*)) FROM position_citation GROUP BY position_id
    UNION ALL
    SELECT 'Topic', tc.topic_id, pg_temp.repeat_names('claims', count(*) + sum(coalesce(cc.n, 0))::bigint)
    FROM topic_claim tc
    LEFT JOIN (SELECT claim_id, count(*) AS n FROM topic_claim_citation GROUP BY 1) cc ON cc.claim_id = tc.id
    GROUP BY tc.topic_id
    UNION ALL
    SELECT 'Person', pt.person_id, pg_temp.repeat_names('titles', count(*) + sum(coalesce(tc.n, 0))::bigint)
    FROM person_title pt
    LEFT JOIN (SELECT title_id, count(*) AS n FROM person_title_citation GROUP BY 1) tc ON tc.title_id = pt.id
    GROUP BY pt.person_id
) parts ON parts.rtype = e.entity_type AND parts.rid = e.entity_id::bigint AND e.action = 'CREATE'
LEFT JOIN round ro ON e.entity_type = 'Round' AND ro.id = e.entity_id::bigint
LEFT JOIN proposal pr ON e.entity_type = 'Proposal' AND pr.id = e.entity_id::bigint
LEFT JOIN position po ON e.entity_type = 'Position' AND po.id = e.entity_id::bigint
LEFT JOIN proposal pp ON pp.id = po.proposal_id
WHERE e.part_of_type IS NULL
  AND e.entity_type IN ('Negotiation', 'Party', 'Person', 'Round', 'Proposal', 'Position', 'Citation', 'Source', 'Topic', 'Region')
ORDER BY e.id;
