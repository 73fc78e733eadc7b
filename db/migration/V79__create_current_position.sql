-- The current stance, defined once: for each party and proposal, its latest position (the latest
-- stated_on, the later id winning a tie). Kept by the database in the same transaction as every write
-- to position, whoever writes (the app, the demo loader, a bulk load), so pages read it by key instead
-- of recomputing it over every position. Positions are never dated in the future (the forms refuse it),
-- so the latest position is also the stance as of today.
CREATE TABLE current_position (
    proposal_id bigint      NOT NULL CONSTRAINT current_position_proposal_fk REFERENCES proposal (id) ON DELETE CASCADE,
    party_id    bigint      NOT NULL CONSTRAINT current_position_party_fk REFERENCES party (id) ON DELETE CASCADE,
    position_id bigint      NOT NULL CONSTRAINT current_position_position_fk REFERENCES position (id) ON DELETE CASCADE,
    stated_on   date        NOT NULL,
    stance      varchar(15) NOT NULL,
    CONSTRAINT current_position_pk PRIMARY KEY (proposal_id, party_id),
    CONSTRAINT current_position_position_uk UNIQUE (position_id),
    CONSTRAINT current_position_stance_ck CHECK (stance IN ('SUPPORTS', 'CONDITIONAL', 'OPEN', 'UNCLEAR', 'OPPOSES', 'REJECTS'))
);
-- The start page's latest stances; a party's current stances, filtered by stance.
CREATE INDEX current_position_stated_ix ON current_position (stated_on DESC, position_id DESC);
CREATE INDEX current_position_party_stance_ix ON current_position (party_id, stance, proposal_id);

-- A new position becomes current when it is later than the current one. ON CONFLICT locks the current
-- row and compares with its latest committed value, so two editors saving at once keep the later.
CREATE FUNCTION current_position_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO current_position AS cur (proposal_id, party_id, position_id, stated_on, stance)
    SELECT DISTINCT ON (n.proposal_id, n.party_id) n.proposal_id, n.party_id, n.id, n.stated_on, n.stance
    FROM added n
    ORDER BY n.proposal_id, n.party_id, n.stated_on DESC, n.id DESC
    ON CONFLICT (proposal_id, party_id) DO UPDATE
        SET position_id = excluded.position_id, stated_on = excluded.stated_on, stance = excluded.stance
        WHERE (excluded.stated_on, excluded.position_id) > (cur.stated_on, cur.position_id);
    RETURN NULL;
END;
$$;

-- A corrected or deleted position may stop being current, or another may become it: the pairs it
-- touched are locked, emptied and read again from position (each statement sees what others committed
-- meanwhile; a position moved to another party or proposal leaves its old pair first).
CREATE FUNCTION current_position_refresh(proposals bigint[], parties bigint[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM current_position c
    JOIN unnest(proposals, parties) AS t(proposal_id, party_id)
      ON t.proposal_id = c.proposal_id AND t.party_id = c.party_id
    ORDER BY c.proposal_id, c.party_id
    FOR UPDATE OF c;

    DELETE FROM current_position c
    USING unnest(proposals, parties) AS t(proposal_id, party_id)
    WHERE c.proposal_id = t.proposal_id AND c.party_id = t.party_id;

    INSERT INTO current_position AS cur (proposal_id, party_id, position_id, stated_on, stance)
    SELECT latest.proposal_id, latest.party_id, latest.id, latest.stated_on, latest.stance
    FROM unnest(proposals, parties) AS t(proposal_id, party_id)
    CROSS JOIN LATERAL (
        SELECT p.proposal_id, p.party_id, p.id, p.stated_on, p.stance FROM position p
        WHERE p.proposal_id = t.proposal_id AND p.party_id = t.party_id
        ORDER BY p.stated_on DESC, p.id DESC
        LIMIT 1) latest
    ON CONFLICT (proposal_id, party_id) DO UPDATE
        SET position_id = excluded.position_id, stated_on = excluded.stated_on, stance = excluded.stance
        WHERE (excluded.stated_on, excluded.position_id) > (cur.stated_on, cur.position_id);
END;
$$;

CREATE FUNCTION current_position_after_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM current_position_refresh(array_agg(pair.proposal_id ORDER BY pair.proposal_id, pair.party_id),
                                     array_agg(pair.party_id ORDER BY pair.proposal_id, pair.party_id))
    FROM (SELECT o.proposal_id, o.party_id FROM removed o
          UNION
          SELECT n.proposal_id, n.party_id FROM added n) pair;
    RETURN NULL;
END;
$$;

CREATE FUNCTION current_position_after_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM current_position_refresh(array_agg(pair.proposal_id ORDER BY pair.proposal_id, pair.party_id),
                                     array_agg(pair.party_id ORDER BY pair.proposal_id, pair.party_id))
    FROM (SELECT DISTINCT o.proposal_id, o.party_id FROM removed o) pair;
    RETURN NULL;
END;
$$;

CREATE TRIGGER current_position_insert_tg
    AFTER INSERT ON position REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION current_position_after_insert();

CREATE TRIGGER current_position_update_tg
    AFTER UPDATE ON position REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION current_position_after_update();

CREATE TRIGGER current_position_delete_tg
    AFTER DELETE ON position REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION current_position_after_delete();

INSERT INTO current_position (proposal_id, party_id, position_id, stated_on, stance)
SELECT DISTINCT ON (p.proposal_id, p.party_id) p.proposal_id, p.party_id, p.id, p.stated_on, p.stance
FROM position p
ORDER BY p.proposal_id, p.party_id, p.stated_on DESC, p.id DESC;
