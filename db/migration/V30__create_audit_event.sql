-- The audit trail: one row per write (create, update, delete), sign-in and other security event.
-- Rows are only ever added: the triggers below refuse UPDATE, DELETE and TRUNCATE, whoever asks.
-- Text columns never hold control characters (the application escapes CR, LF and the rest as \r, \n, \uXXXX
-- before storing, against log injection); the checks repeat that rule.
CREATE TABLE audit_event (
    id            bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT audit_event_pk PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor         varchar(100),
    actor_address varchar(100),
    action        varchar(40)  NOT NULL,
    entity_type   varchar(100),
    entity_id     varchar(100),
    changes       jsonb        NOT NULL DEFAULT '{}'::jsonb,
    detail        varchar(1000),
    CONSTRAINT audit_event_action_ck CHECK (action ~ '^[A-Z][A-Z_]{1,39}$'),
    CONSTRAINT audit_event_changes_object_ck CHECK (jsonb_typeof(changes) = 'object'),
    CONSTRAINT audit_event_entity_id_needs_type_ck CHECK (entity_id IS NULL OR entity_type IS NOT NULL),
    CONSTRAINT audit_event_actor_plain_ck CHECK (actor !~ '[[:cntrl:]]'),
    CONSTRAINT audit_event_actor_address_plain_ck CHECK (actor_address !~ '[[:cntrl:]]'),
    CONSTRAINT audit_event_entity_type_plain_ck CHECK (entity_type !~ '[[:cntrl:]]'),
    CONSTRAINT audit_event_entity_id_plain_ck CHECK (entity_id !~ '[[:cntrl:]]'),
    CONSTRAINT audit_event_detail_plain_ck CHECK (detail !~ '[[:cntrl:]]')
);

-- The audit page lists newest first and filters by time, user, entity and action.
CREATE INDEX audit_event_occurred_at_ix ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_ix ON audit_event (lower(actor), occurred_at DESC);
CREATE INDEX audit_event_entity_ix ON audit_event (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_event_action_ix ON audit_event (action, occurred_at DESC);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_append_only_tg
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate_tg
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
