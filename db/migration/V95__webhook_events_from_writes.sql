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

-- Whether some endpoint wants any of these events: nothing else is done for a write nobody follows.
CREATE FUNCTION webhook_wanted(types text[]) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT EXISTS (SELECT 1 FROM webhook_endpoint w WHERE w.events::text[] && types);
$$;

-- The stance changes of one statement's writes to position: for each party and proposal it touched,
-- the current stance before it (the latest of the rows it did not write and the rows as they were)
-- against the current stance now (current_position, already kept by V79's triggers). A correction of a
-- date that makes another position current, a new position, a corrected stance and a deleted current
-- position all count; a backdated position that does not become current does not.
CREATE FUNCTION webhook_stance_changes(before_rows jsonb, written_ids bigint[]) RETURNS jsonb[]
    LANGUAGE sql STABLE AS
$$
WITH old AS (
    SELECT (r ->> 'proposal_id')::bigint AS proposal_id, (r ->> 'party_id')::bigint AS party_id,
           (r ->> 'id')::bigint AS id, (r ->> 'stated_on')::date AS stated_on, r ->> 'stance' AS stance
    FROM jsonb_array_elements(coalesce(before_rows, '[]'::jsonb)) r
),
pairs AS (
    SELECT proposal_id, party_id FROM old
    UNION
    SELECT p.proposal_id, p.party_id FROM position p WHERE p.id = ANY (written_ids)
),
changes AS (
    SELECT pair.proposal_id, pair.party_id, c.position_id,
           (SELECT x.stance FROM (
                SELECT o.stated_on, o.id, o.stance FROM position o
                WHERE o.proposal_id = pair.proposal_id AND o.party_id = pair.party_id
                  AND o.id <> ALL (written_ids) AND o.id NOT IN (SELECT id FROM old)
                UNION ALL
                SELECT old.stated_on, old.id, old.stance FROM old
                WHERE old.proposal_id = pair.proposal_id AND old.party_id = pair.party_id) x
            ORDER BY x.stated_on DESC, x.id DESC LIMIT 1) AS before,
           c.stance AS after
    FROM pairs pair
    LEFT JOIN current_position c ON c.proposal_id = pair.proposal_id AND c.party_id = pair.party_id
)
SELECT coalesce(array_agg(webhook_event('stance.changed', webhook_position_data(p, ch.before))
                          ORDER BY ch.proposal_id, ch.party_id), '{}')
FROM changes ch JOIN position p ON p.id = ch.position_id
WHERE ch.before IS DISTINCT FROM ch.after;
$$;

CREATE FUNCTION webhook_position_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF webhook_wanted(ARRAY['position.recorded', 'stance.changed']) THEN
        PERFORM webhook_emit(ARRAY(SELECT webhook_event('position.recorded', webhook_position_data(n, NULL))
                                   FROM added n ORDER BY n.id)
                             || webhook_stance_changes(NULL, ARRAY(SELECT id FROM added)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION webhook_position_after_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF webhook_wanted(ARRAY['stance.changed']) THEN
        PERFORM webhook_emit(webhook_stance_changes((SELECT jsonb_agg(to_jsonb(o)) FROM removed o),
                                                    ARRAY(SELECT id FROM added)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION webhook_position_after_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF webhook_wanted(ARRAY['stance.changed']) THEN
        PERFORM webhook_emit(webhook_stance_changes((SELECT jsonb_agg(to_jsonb(o)) FROM removed o), '{}'));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION webhook_round_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT webhook_wanted(ARRAY['round.logged']) THEN
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
    IF NOT webhook_wanted(ARRAY['proposal.created', 'proposal.changed']) THEN
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
CREATE TRIGGER webhook_position_delete_tg AFTER DELETE ON position
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION webhook_position_after_delete();
CREATE TRIGGER webhook_round_insert_tg AFTER INSERT ON round
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_round_after_insert();
CREATE TRIGGER webhook_proposal_insert_tg AFTER INSERT ON proposal
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_proposal_after_write();
CREATE TRIGGER webhook_proposal_update_tg AFTER UPDATE ON proposal
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION webhook_proposal_after_write();
