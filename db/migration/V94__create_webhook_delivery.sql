-- One event owed to one endpoint: taken by a delivery worker with FOR UPDATE SKIP LOCKED and claimed
-- for a while, so several instances never send it twice; retried with exponential backoff.
CREATE TABLE webhook_delivery (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT webhook_delivery_pk PRIMARY KEY,
    endpoint_id     bigint       NOT NULL CONSTRAINT webhook_delivery_endpoint_fk
                                     REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id        bigint       NOT NULL CONSTRAINT webhook_delivery_event_fk REFERENCES webhook_event (id),
    status          varchar(10)  NOT NULL DEFAULT 'PENDING',
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    claimed_until   timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(500),
    last_duration_ms integer,
    delivered_at    timestamptz,
    CONSTRAINT webhook_delivery_uk UNIQUE (endpoint_id, event_id),
    CONSTRAINT webhook_delivery_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_endpoint_ix ON webhook_delivery (endpoint_id, id DESC);
CREATE INDEX webhook_delivery_event_ix ON webhook_delivery (event_id);
