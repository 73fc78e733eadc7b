-- The parts saved with their record, in the record's first transaction and marked as its parts.
INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT created_at, pg_temp.editor(6, proposal_id, 0), '10.20.0.' || (1 + proposal_id % 9), 'CREATE', 'ProposalPoint', id::text,
       pg_temp.recorded(pg_temp.was_set('proposal', proposal_id::text), pg_temp.was_set('ordinal', ordinal::text), pg_temp.was_set('label', label), pg_temp.was_set('text', text)),
       pg_temp.save(6, proposal_id, 0), 'Proposal', proposal_id::text
FROM proposal_point ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT created_at, pg_temp.editor(6, proposal_id, 0), '10.20.0.' || (1 + proposal_id % 9), 'CREATE', 'ProposalRelation', id::text,
       pg_temp.recorded(pg_temp.was_set('proposal', proposal_id::text), pg_temp.was_set('related', related_proposal_id::text), pg_temp.was_set('kind', kind), pg_temp.was_set('note', note)),
       pg_temp.save(6, proposal_id, 0), 'Proposal', proposal_id::text
FROM proposal_relation ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT x.created_at, pg_temp.editor(6, rel.proposal_id, 0), '10.20.0.' || (1 + rel.proposal_id % 9), 'CREATE',
       'ProposalRelationCitation', x.id::text,
       pg_temp.recorded(pg_temp.was_set('relation', x.relation_id::text), pg_temp.was_set('citation', x.citation_id::text), pg_temp.was_set('bearing', x.bearing)),
       pg_temp.save(6, rel.proposal_id, 0), 'Proposal', rel.proposal_id::text
FROM proposal_relation_citation x JOIN proposal_relation rel ON rel.id = x.relation_id ORDER BY x.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT created_at, pg_temp.editor(6, proposal_id, 0), '10.20.0.' || (1 + proposal_id % 9), 'CREATE', 'ProposalCitation', id::text,
       pg_temp.recorded(pg_temp.was_set('proposal', proposal_id::text), pg_temp.was_set('citation', citation_id::text), pg_temp.was_set('bearing', bearing)),
       pg_temp.save(6, proposal_id, 0), 'Proposal', proposal_id::text
FROM proposal_citation ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT created_at, pg_temp.editor(7, round_id, 0), '10.20.0.' || (1 + round_id % 9), 'CREATE', 'RoundProposal', id::text,
       pg_temp.recorded(pg_temp.was_set('round', round_id::text), pg_temp.was_set('proposal', proposal_id::text), pg_temp.was_set('introducedBy', introduced_by_party_id::text), pg_temp.was_set('note', note)),
       pg_temp.save(7, round_id, 0), 'Round', round_id::text
FROM round_proposal ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT created_at, pg_temp.editor(7, round_id, 0), '10.20.0.' || (1 + round_id % 9), 'CREATE', 'RoundCitation', id::text,
       pg_temp.recorded(pg_temp.was_set('round', round_id::text), pg_temp.was_set('citation', citation_id::text), pg_temp.was_set('bearing', bearing)),
       pg_temp.save(7, round_id, 0), 'Round', round_id::text
FROM round_citation ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT x.created_at, pg_temp.editor(7, rp.round_id, 0), '10.20.0.' || (1 + rp.round_id % 9), 'CREATE',
       'RoundProposalCitation', x.id::text,
       pg_temp.recorded(pg_temp.was_set('roundProposal', x.round_proposal_id::text), pg_temp.was_set('citation', x.citation_id::text), pg_temp.was_set('bearing', x.bearing)),
       pg_temp.save(7, rp.round_id, 0), 'Round', rp.round_id::text
FROM round_proposal_citation x JOIN round_proposal rp ON rp.id = x.round_proposal_id ORDER BY x.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT created_at, pg_temp.editor(8, position_id, 0), '10.20.0.' || (1 + position_id % 9), 'CREATE', 'PositionCitation', id::text,
       pg_temp.recorded(pg_temp.was_set('position', position_id::text), pg_temp.was_set('citation', citation_id::text), pg_temp.was_set('bearing', bearing)),
       pg_temp.save(8, position_id, 0), 'Position', position_id::text
FROM position_citation ORDER BY id;

-- A topic's claims with their reports, a person's titles with theirs: saved with the record.
INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT e.occurred_at, e.actor, e.actor_address, 'CREATE', e.entity_type, e.entity_id, e.changes, e.transaction_id,
       e.part_of_type, e.part_of_id
FROM (
    SELECT tc.id AS claim_id, 0 AS n, tc.created_at AS occurred_at, pg_temp.editor(9, tc.topic_id, 0) AS actor,
           '10.20.0.' || (1 + tc.topic_id % 9) AS actor_address, 'TopicClaim' AS entity_type, tc.id::text AS entity_id,
           pg_temp.recorded(pg_temp.was_set('topic', tc.topic_id::text), pg_temp.was_set('claim', tc.claim), pg_temp.was_set('party', tc.party_id::text), pg_temp.was_set('statedOn', tc.stated_on::text)) AS changes,
           pg_temp.save(9, tc.topic_id, 0) AS transaction_id, 'Topic' AS part_of_type, tc.topic_id::text AS part_of_id
    FROM topic_claim tc
    UNION ALL
    SELECT x.claim_id, x.id, x.created_at, pg_temp.editor(9, tc.topic_id, 0), '10.20.0.' || (1 + tc.topic_id % 9),
           'TopicClaimCitation', x.id::text,
           pg_temp.recorded(pg_temp.was_set('claim', x.claim_id::text), pg_temp.was_set('citation', x.citation_id::text), pg_temp.was_set('bearing', x.bearing)),
           pg_temp.save(9, tc.topic_id, 0), 'Topic', tc.topic_id::text
    FROM topic_claim_citation x JOIN topic_claim tc ON tc.id = x.claim_id
) e
ORDER BY e.claim_id, e.n;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id,
                         part_of_type, part_of_id)
SELECT e.occurred_at, e.actor, e.actor_address, 'CREATE', e.entity_type, e.entity_id, e.changes, e.transaction_id,
       e.part_of_type, e.part_of_id
FROM (
    SELECT pt.id AS title_id, 0 AS n, pt.created_at AS occurred_at, pg_temp.editor(3, pt.person_id, 0) AS actor,
           '10.20.0.' || (1 + pt.person_id % 9) AS actor_address, 'PersonTitle' AS entity_type, pt.id::text AS entity_id,
           pg_temp.recorded(pg_temp.was_set('person', pt.person_id::text), pg_temp.was_set('title', pt.title), pg_temp.was_set('heldOn', pt.held_on::text)) AS changes,
           pg_temp.save(3, pt.person_id, 0) AS transaction_id, 'Person' AS part_of_type, pt.person_id::text AS part_of_id
    FROM person_title pt
    UNION ALL
    SELECT x.title_id, x.id, x.created_at, pg_temp.editor(3, pt.person_id, 0), '10.20.0.' || (1 + pt.person_id % 9),
           'PersonTitleCitation', x.id::text,
           pg_temp.recorded(pg_temp.was_set('title', x.title_id::text), pg_temp.was_set('citation', x.citation_id::text), pg_temp.was_set('bearing', x.bearing)),
           pg_temp.save(3, pt.person_id, 0), 'Person', pt.person_id::text
    FROM person_title_citation x JOIN person_title pt ON pt.id = x.title_id
) e
ORDER BY e.title_id, e.n;
