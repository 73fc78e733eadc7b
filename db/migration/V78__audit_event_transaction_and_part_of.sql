-- One save is one version: every audit row records the database transaction that wrote it, so the rows
-- of one save (a record and its parts, written in one transaction) read as one version of the record.
-- A part (a proposal's point, relation or citation link; a round's discussed proposal and citation
-- links; a position's citation links) records the record it belongs to, so the record's history finds
-- its parts' rows, those of deleted parts and of parts loaded before the trail included.
ALTER TABLE audit_event ADD COLUMN transaction_id bigint;
ALTER TABLE audit_event ADD COLUMN part_of_type varchar(100);
ALTER TABLE audit_event ADD COLUMN part_of_id varchar(100);

-- Rows written before this migration cannot be told apart by transaction: each stands alone, under a
-- negative number that no real transaction id (always positive) will ever take. Their parts are traced
-- to their record through what they recorded (the parent on creation and deletion) or the live row.
-- The append-only trigger is lifted for this one backfill, in the migration's own transaction.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only_tg;

UPDATE audit_event SET transaction_id = -id;

CREATE FUNCTION pg_temp.recorded_ref(changes jsonb, field text) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$
SELECT coalesce(changes -> field ->> 'to', changes -> field ->> 'from')
$$;

UPDATE audit_event e
SET part_of_type = 'Proposal',
    part_of_id   = coalesce(
            pg_temp.recorded_ref(e.changes, 'proposal'),
            (SELECT pg_temp.recorded_ref(o.changes, 'proposal') FROM audit_event o
             WHERE o.entity_type = e.entity_type AND o.entity_id = e.entity_id AND o.changes ? 'proposal' LIMIT 1),
            (SELECT x.proposal_id::text FROM proposal_point x
             WHERE e.entity_type = 'ProposalPoint' AND x.id::text = e.entity_id),
            (SELECT x.proposal_id::text FROM proposal_relation x
             WHERE e.entity_type = 'ProposalRelation' AND x.id::text = e.entity_id),
            (SELECT x.proposal_id::text FROM proposal_citation x
             WHERE e.entity_type = 'ProposalCitation' AND x.id::text = e.entity_id))
WHERE e.entity_type IN ('ProposalPoint', 'ProposalRelation', 'ProposalCitation');

UPDATE audit_event e
SET part_of_type = 'Round',
    part_of_id   = coalesce(
            pg_temp.recorded_ref(e.changes, 'round'),
            (SELECT pg_temp.recorded_ref(o.changes, 'round') FROM audit_event o
             WHERE o.entity_type = e.entity_type AND o.entity_id = e.entity_id AND o.changes ? 'round' LIMIT 1),
            (SELECT x.round_id::text FROM round_proposal x
             WHERE e.entity_type = 'RoundProposal' AND x.id::text = e.entity_id),
            (SELECT x.round_id::text FROM round_citation x
             WHERE e.entity_type = 'RoundCitation' AND x.id::text = e.entity_id))
WHERE e.entity_type IN ('RoundProposal', 'RoundCitation');

-- A discussed proposal's citation belongs to the round through the discussed proposal.
UPDATE audit_event e
SET part_of_type = 'Round',
    part_of_id   = coalesce(
            (SELECT o.part_of_id FROM audit_event o
             WHERE o.entity_type = 'RoundProposal' AND o.part_of_id IS NOT NULL
               AND o.entity_id = coalesce(pg_temp.recorded_ref(e.changes, 'roundProposal'),
                                          (SELECT pg_temp.recorded_ref(c.changes, 'roundProposal') FROM audit_event c
                                           WHERE c.entity_type = e.entity_type AND c.entity_id = e.entity_id
                                             AND c.changes ? 'roundProposal' LIMIT 1))
             LIMIT 1),
            (SELECT rp.round_id::text FROM round_proposal_citation x JOIN round_proposal rp ON rp.id = x.round_proposal_id
             WHERE x.id::text = e.entity_id))
WHERE e.entity_type = 'RoundProposalCitation';

UPDATE audit_event e
SET part_of_type = 'Position',
    part_of_id   = coalesce(
            pg_temp.recorded_ref(e.changes, 'position'),
            (SELECT pg_temp.recorded_ref(o.changes, 'position') FROM audit_event o
             WHERE o.entity_type = e.entity_type AND o.entity_id = e.entity_id AND o.changes ? 'position' LIMIT 1),
            (SELECT x.position_id::text FROM position_citation x WHERE x.id::text = e.entity_id))
WHERE e.entity_type = 'PositionCitation';

-- A part whose record could not be traced stays a row of its own.
UPDATE audit_event SET part_of_type = NULL WHERE part_of_id IS NULL AND part_of_type IS NOT NULL;

ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only_tg;

-- From now on the database fills it in: the id of the writing transaction (txid_current() is the
-- top-level transaction's, the same for every row of it, savepoints included).
ALTER TABLE audit_event ALTER COLUMN transaction_id SET DEFAULT txid_current();
ALTER TABLE audit_event ALTER COLUMN transaction_id SET NOT NULL;

ALTER TABLE audit_event ADD CONSTRAINT audit_event_part_of_id_needs_type_ck
    CHECK ((part_of_id IS NULL) = (part_of_type IS NULL));
ALTER TABLE audit_event ADD CONSTRAINT audit_event_part_of_type_plain_ck CHECK (part_of_type !~ '[[:cntrl:]]');
ALTER TABLE audit_event ADD CONSTRAINT audit_event_part_of_id_plain_ck CHECK (part_of_id !~ '[[:cntrl:]]');

-- A record's history reads its own rows (audit_event_entity_ix) and its parts' rows (this one).
CREATE INDEX audit_event_part_of_ix ON audit_event (part_of_type, part_of_id, id) WHERE part_of_type IS NOT NULL;
-- /changes gathers the rows of one save of one record.
CREATE INDEX audit_event_transaction_ix ON audit_event (transaction_id, id);
