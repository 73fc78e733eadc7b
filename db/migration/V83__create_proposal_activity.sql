-- The proposal list's default order: the latest recorded change first, to the proposal itself or to a
-- position on it. Computing it means reading every position of every proposal; instead the database
-- keeps each proposal's latest change as proposals and positions are written (a deleted position counts
-- as a change too), in a table of its own so that saving a position never locks the proposal's row.
CREATE TABLE proposal_activity (
    proposal_id bigint      NOT NULL CONSTRAINT proposal_activity_pk PRIMARY KEY
                            CONSTRAINT proposal_activity_proposal_fk REFERENCES proposal (id) ON DELETE CASCADE,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX proposal_activity_changed_ix ON proposal_activity (changed_at DESC, proposal_id DESC);

CREATE FUNCTION proposal_activity_touch(proposals bigint[], times timestamptz[]) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO proposal_activity AS a (proposal_id, changed_at)
SELECT t.proposal_id, max(t.changed_at)
FROM unnest(proposals, times) AS t(proposal_id, changed_at)
WHERE EXISTS (SELECT 1 FROM proposal p WHERE p.id = t.proposal_id)
GROUP BY t.proposal_id
ORDER BY t.proposal_id
ON CONFLICT (proposal_id) DO UPDATE SET changed_at = greatest(a.changed_at, excluded.changed_at);
$$;

CREATE FUNCTION proposal_activity_after_proposal_write() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM proposal_activity_touch(array_agg(n.id), array_agg(n.updated_at)) FROM added n;
    RETURN NULL;
END;
$$;

CREATE FUNCTION proposal_activity_after_position_write() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM proposal_activity_touch(array_agg(n.proposal_id), array_agg(n.updated_at)) FROM added n;
    RETURN NULL;
END;
$$;

CREATE FUNCTION proposal_activity_after_position_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM proposal_activity_touch(array_agg(o.proposal_id), array_agg(now())) FROM removed o;
    RETURN NULL;
END;
$$;

CREATE TRIGGER proposal_activity_proposal_insert_tg
    AFTER INSERT ON proposal REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_activity_after_proposal_write();
CREATE TRIGGER proposal_activity_proposal_update_tg
    AFTER UPDATE ON proposal REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_activity_after_proposal_write();
CREATE TRIGGER proposal_activity_position_insert_tg
    AFTER INSERT ON position REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_activity_after_position_write();
CREATE TRIGGER proposal_activity_position_update_tg
    AFTER UPDATE ON position REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_activity_after_position_write();
CREATE TRIGGER proposal_activity_position_delete_tg
    AFTER DELETE ON position REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_activity_after_position_delete();

INSERT INTO proposal_activity (proposal_id, changed_at)
SELECT p.id, greatest(p.updated_at, (SELECT max(po.updated_at) FROM position po WHERE po.proposal_id = p.id))
FROM proposal p;
