-- The later versions of the revised records (version 2): two saves each, by whoever revised them.
INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT v.occurred_at, pg_temp.editor(5, c.id, v.save), '10.20.0.' || (1 + (c.id + v.save) % 9), 'UPDATE', 'Citation', c.id::text,
       v.changes, pg_temp.save(5, c.id, v.save)
FROM citation c
CROSS JOIN LATERAL (VALUES (1, c.created_at + interval '4 days', pg_temp.changed('credibility', '6', c.credibility::text)),
                           (2, c.updated_at, pg_temp.changed('excerpt', NULL, c.excerpt))) v(save, occurred_at, changes)
WHERE c.version = 2 ORDER BY v.save, c.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT v.occurred_at, pg_temp.editor(6, p.id, v.save), '10.20.0.' || (1 + (p.id + v.save) % 9), 'UPDATE', 'Proposal', p.id::text,
       v.changes, pg_temp.save(6, p.id, v.save)
FROM proposal p
CROSS JOIN LATERAL (VALUES (1, p.created_at + interval '20 days', pg_temp.changed('status', 'FLOATED', 'UNDER_DISCUSSION')),
                           (2, p.updated_at, pg_temp.changed('status', 'UNDER_DISCUSSION', p.status))) v(save, occurred_at, changes)
WHERE p.version = 2 ORDER BY v.save, p.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT v.occurred_at, pg_temp.editor(7, r.id, v.save), '10.20.0.' || (1 + (r.id + v.save) % 9), 'UPDATE', 'Round', r.id::text,
       v.changes, pg_temp.save(7, r.id, v.save)
FROM round r
CROSS JOIN LATERAL (VALUES (1, r.created_at + interval '5 days', pg_temp.changed('summary', NULL, r.summary)),
                           (2, r.updated_at, pg_temp.changed('outcome', 'UNKNOWN', r.outcome))) v(save, occurred_at, changes)
WHERE r.version = 2 ORDER BY v.save, r.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT v.occurred_at, pg_temp.editor(8, p.id, v.save), '10.20.0.' || (1 + (p.id + v.save) % 9), 'UPDATE', 'Position', p.id::text,
       v.changes, pg_temp.save(8, p.id, v.save)
FROM position p
CROSS JOIN LATERAL (VALUES (1, p.created_at + interval '8 days', pg_temp.changed('note', NULL, p.note)),
                           (2, p.updated_at, pg_temp.changed('speaker', NULL, p.speaker_id::text))) v(save, occurred_at, changes)
WHERE p.version = 2 ORDER BY v.save, p.id;
