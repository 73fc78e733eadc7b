-- The feeds of one proposal or party read the saves of that record and of the positions on it,
-- newest first: found by record, not by walking every save of a kind.
CREATE INDEX record_change_record_ix ON record_change (entity_type, record_id, occurred_at DESC, first_event_id DESC);
