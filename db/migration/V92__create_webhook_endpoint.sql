-- Endpoints registered by admins to receive signed POSTs (Standard Webhooks) when records change.
CREATE TABLE webhook_endpoint (
    id         bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT webhook_endpoint_pk PRIMARY KEY,
    url        varchar(2000) NOT NULL,
    -- whsec_ and the base64 of the key the signatures are made with; shown to admins only.
    secret     varchar(100)  NOT NULL,
    events     varchar(40)[] NOT NULL,
    created_by varchar(100),
    created_at timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT webhook_endpoint_events_ck CHECK (cardinality(events) >= 1
        AND events <@ ARRAY['position.recorded', 'stance.changed', 'round.logged', 'proposal.created',
                            'proposal.changed']::varchar(40)[])
);
