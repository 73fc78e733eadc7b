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
