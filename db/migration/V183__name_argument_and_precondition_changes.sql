-- A position's arguments (and their reports) and its preconditions are parts of the position, so a
-- save changing them names "arguments" or "preconditions" on /changes. The function is V143's with
-- the new parts named.
CREATE OR REPLACE FUNCTION record_change_add(event_ids bigint[]) RETURNS void
    LANGUAGE sql AS
$$
WITH rows AS (
    SELECT e.id, e.occurred_at, e.actor, e.transaction_id, r.rtype, r.rid,
           (e.part_of_type IS NULL) AS own,
           (e.part_of_type IS NULL AND NOT (e.action = 'UPDATE' AND (
               SELECT count(*) = 1 AND bool_and(coalesce(v ->> 'from', '') LIKE '[%]'
                                                AND coalesce(v ->> 'to', '') LIKE '[%]')
               FROM jsonb_each(e.changes) x(k, v)))) AS write,
           CASE WHEN e.part_of_type IS NULL
                THEN (SELECT string_agg(k, ',') FROM jsonb_object_keys(e.changes) k)
                ELSE CASE e.entity_type WHEN 'ProposalPoint' THEN 'points'
                                        WHEN 'NegotiationParty' THEN 'parties'
                                        WHEN 'ProposalRelation' THEN 'relations'
                                        WHEN 'ProposalRelationCitation' THEN 'relations'
                                        WHEN 'TopicClaim' THEN 'claims'
                                        WHEN 'TopicClaimCitation' THEN 'claims'
                                        WHEN 'PersonTitle' THEN 'titles'
                                        WHEN 'PersonTitleCitation' THEN 'titles'
                                        WHEN 'PositionArgument' THEN 'arguments'
                                        WHEN 'PositionArgumentCitation' THEN 'arguments'
                                        WHEN 'PositionPrecondition' THEN 'preconditions'
                                        WHEN 'RoundProposal' THEN 'proposals'
                                        ELSE 'citations' END
           END AS names,
           coalesce(e.changes -> 'negotiation' ->> 'to', e.changes -> 'negotiation' ->> 'from') AS recorded_negotiation,
           coalesce(e.changes -> 'proposal' ->> 'to', e.changes -> 'proposal' ->> 'from') AS recorded_proposal
    FROM audit_event e
    JOIN unnest(event_ids) AS added(id) ON added.id = e.id
    CROSS JOIN LATERAL (SELECT coalesce(e.part_of_type, e.entity_type) AS rtype,
        CASE WHEN coalesce(e.part_of_id, e.entity_id) ~ '^[0-9]{1,18}$'
             THEN coalesce(e.part_of_id, e.entity_id)::bigint END AS rid) r
    WHERE r.rid IS NOT NULL
      AND r.rtype IN ('Negotiation', 'Party', 'Person', 'Round', 'Proposal', 'Position', 'Citation', 'Source', 'Topic', 'Region')
),
begun AS (
    SELECT DISTINCT ON (c.transaction_id, c.entity_type, c.record_id, c.actor)
           c.transaction_id, c.entity_type AS rtype, c.record_id AS rid, c.actor, c.save,
           (c.write_event_id IS NOT NULL) AS has_write
    FROM record_change c
    WHERE c.transaction_id IN (SELECT DISTINCT transaction_id FROM rows)
    ORDER BY c.transaction_id, c.entity_type, c.record_id, c.actor, c.save DESC
),
numbered AS (
    SELECT rows.*, b.save AS base, b.has_write,
           count(*) FILTER (WHERE rows.write) OVER (
               PARTITION BY rows.transaction_id, rows.rtype, rows.rid, rows.actor ORDER BY rows.id) AS writes
    FROM rows
    LEFT JOIN begun b ON b.transaction_id = rows.transaction_id AND b.rtype = rows.rtype AND b.rid = rows.rid
                     AND b.actor IS NOT DISTINCT FROM rows.actor
),
assigned AS (
    SELECT numbered.*,
           CASE WHEN base IS NULL THEN greatest(writes, 1)
                WHEN has_write THEN base + writes
                ELSE base + greatest(writes - 1, 0) END AS save
    FROM numbered
)
INSERT INTO record_change AS c (transaction_id, entity_type, record_id, actor, save, first_event_id, occurred_at,
                                write_event_id, own_event_id, fields, negotiation_id)
SELECT a.transaction_id, a.rtype, a.rid, a.actor, a.save, min(a.id), min(a.occurred_at),
       min(a.id) FILTER (WHERE a.write), min(a.id) FILTER (WHERE a.own), string_agg(a.names, ',' ORDER BY a.id),
       -- The record's negotiation: itself, its live row's, or what the audit row recorded.
       coalesce(max(CASE WHEN a.rtype = 'Negotiation' THEN a.rid END),
                max(ro.negotiation_id), max(pr.negotiation_id), max(pp.negotiation_id),
                max(CASE WHEN a.rtype IN ('Round', 'Proposal') AND a.recorded_negotiation ~ '^[0-9]{1,18}$'
                         THEN a.recorded_negotiation::bigint END))
FROM assigned a
LEFT JOIN round ro ON a.rtype = 'Round' AND ro.id = a.rid
LEFT JOIN proposal pr ON a.rtype = 'Proposal' AND pr.id = a.rid
LEFT JOIN position po ON a.rtype = 'Position' AND po.id = a.rid
LEFT JOIN proposal pp ON a.rtype = 'Position'
     AND pp.id = coalesce(po.proposal_id, CASE WHEN a.recorded_proposal ~ '^[0-9]{1,18}$' THEN a.recorded_proposal::bigint END)
GROUP BY a.transaction_id, a.rtype, a.rid, a.actor, a.save
ON CONFLICT (transaction_id, entity_type, record_id, actor, save) DO UPDATE
    SET write_event_id = coalesce(c.write_event_id, excluded.write_event_id),
        own_event_id   = coalesce(c.own_event_id, excluded.own_event_id),
        fields         = concat_ws(',', c.fields, excluded.fields),
        negotiation_id = coalesce(c.negotiation_id, excluded.negotiation_id);
$$;

