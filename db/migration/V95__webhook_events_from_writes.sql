-- Writes to positions, rounds and proposals put their events in the outbox, whoever writes (a form, the
-- API, a bulk load), in the writing transaction. Nothing is written unless an endpoint wants the event.
-- Statement triggers, named after current_position's (V79) so they fire after it: a position's stance
-- change is read against the current stances those keep.
CREATE FUNCTION webhook_emit(events jsonb[]) RETURNS void
    LANGUAGE sql AS
$$
WITH ev AS (
    INSERT INTO webhook_event (event_type, payload)
    SELECT e ->> 'type', e FROM unnest(events) AS e
    WHERE EXISTS (SELECT 1 FROM webhook_endpoint w WHERE (e ->> 'type') = ANY (w.events))
    RETURNING id, event_type
)
INSERT INTO webhook_delivery (endpoint_id, event_id)
SELECT w.id, ev.id FROM ev JOIN webhook_endpoint w ON ev.event_type = ANY (w.events);
$$;

CREATE FUNCTION webhook_position_data(p "position", previous varchar) RETURNS jsonb
    LANGUAGE sql STABLE AS
$$
SELECT jsonb_build_object('position_id', p.id, 'proposal_id', p.proposal_id, 'proposal', pr.title,
                          'party_id', p.party_id, 'party', pa.name, 'negotiation', n.slug,
                          'stance', p.stance, 'previous_stance', previous, 'stated_on', p.stated_on,
                          'condition', p.condition, 'path', '/proposals/' || p.proposal_id)
FROM proposal pr JOIN negotiation n ON n.id = pr.negotiation_id JOIN party pa ON pa.id = p.party_id
WHERE pr.id = p.proposal_id;
$$;

CREATE FUNCTION webhook_event(type varchar, data jsonb) RETURNS jsonb
    LANGUAGE sql STABLE AS
$$
SELECT jsonb_build_object('type', type,
                          'timestamp', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                          'data', data);
$$;

-- A new position is recorded; when it is now the party's current stance and that differs from the
-- one before it (or there was none), the stance changed.
CREATE FUNCTION webhook_position_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_endpoint) THEN
        RETURN NULL;
    END IF;
    PERFORM webhook_emit(ARRAY(
        SELECT webhook_event(kind, webhook_position_data(n, before.stance))
        FROM added n
        LEFT JOIN LATERAL (
            SELECT o.stance FROM position o
            WHERE o.proposal_id = n.proposal_id AND o.party_id = n.party_id AND o.id <> n.id
              AND (o.stated_on, o.id) < (n.stated_on, n.id)
            ORDER BY o.stated_on DESC, o.id DESC LIMIT 1) before ON true
        CROSS JOIN LATERAL (
            SELECT 'position.recorded' AS kind
            UNION ALL
            SELECT 'stance.changed'
            WHERE EXISTS (SELECT 1 FROM current_position c WHERE c.position_id = n.id)
              AND before.stance IS DISTINCT FROM n.stance) kinds
        ORDER BY n.id, kind DESC));
    RETURN NULL;
END;
$$;

-- A correction that changes the stance of a party's current position changes its stance.
CREATE FUNCTION webhook_position_after_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_endpoint) THEN
        RETURN NULL;
    END IF;
    PERFORM webhook_emit(ARRAY(
        SELECT webhook_event('stance.changed', webhook_position_data(n, o.stance))
        FROM added n JOIN removed o ON o.id = n.id
        WHERE o.stance <> n.stance AND EXISTS (SELECT 1 FROM current_position c WHERE c.position_id = n.id)
        ORDER BY n.id));
    RETURN NULL;
END;
$$;

CREATE FUNCTION webhook_round_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_endpoint) THEN
        RETURN NULL;
    END IF;
    PERFORM webhook_emit(ARRAY(
        SELECT webhook_event('round.logged', jsonb_build_object('round_id', r.id, 'title', r.title,
               'negotiation', n.slug, 'place', r.place, 'starts_on', r.starts_on, 'ends_on', r.ends_on,
               'outcome', r.outcome, 'path', '/rounds/' || r.id))
        FROM added r JOIN negotiation n ON n.id = r.negotiation_id ORDER BY r.id));
    RETURN NULL;
END;
$$;

CREATE FUNCTION webhook_proposal_after_write() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_endpoint) THEN
        RETURN NULL;
    END IF;
    PERFORM webhook_emit(ARRAY(
        SELECT webhook_event(CASE TG_OP WHEN 'INSERT' THEN 'proposal.created' ELSE 'proposal.changed' END,
               jsonb_build_object('proposal_id', p.id, 'title', p.title, 'negotiation', n.slug,
                                  'status', p.status, 'version', p.version, 'path', '/proposals/' || p.id))
        FROM added p JOIN negotiation n ON n.id = p.negotiation_id ORDER BY p.id));
    RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_position_insert_tg AFTER INSERT ON position
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_position_after_insert();
CREATE TRIGGER webhook_position_update_tg AFTER UPDATE ON position
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION webhook_position_after_update();
CREATE TRIGGER webhook_round_insert_tg AFTER INSERT ON round
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_round_after_insert();
CREATE TRIGGER webhook_proposal_insert_tg AFTER INSERT ON proposal
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_proposal_after_write();
CREATE TRIGGER webhook_proposal_update_tg AFTER UPDATE ON proposal
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_proposal_after_write();
