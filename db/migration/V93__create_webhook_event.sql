-- The outbox: one row per event a subscribed endpoint must hear of, written by the triggers of V95 in
-- the same transaction as the change, so an event exists exactly when its change was committed.
CREATE TABLE webhook_event (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT webhook_event_pk PRIMARY KEY,
    event_type  varchar(40)  NOT NULL,
    -- The body POSTed, as Standard Webhooks shapes it: {"type", "timestamp", "data"}.
    payload     jsonb        NOT NULL,
    occurred_at timestamptz  NOT NULL DEFAULT now()
);
