-- /changes filtered by kind of record lists newest first: one index serves the filter and the order.
CREATE INDEX audit_event_type_time_ix ON audit_event (entity_type, occurred_at DESC, id DESC);
