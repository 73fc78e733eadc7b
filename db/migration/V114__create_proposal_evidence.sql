-- The evidence behind each proposal's current stances, summed up per proposal, so the proposal list
-- filtered by evidence alone counts its rows from one narrow row per proposal instead of every current
-- stance (EvidenceFilter.proposalCondition). Kept from current_position (V79, V113) whenever its rows
-- are written, in the same transaction.
--
-- best_credibility[r]: the best of the current stances' best_credibility[r] (7: none reaches it);
-- named: some current stance does not rest only on anonymous sources;
-- named_best_credibility[r]: the same as best_credibility among those stances.
CREATE TABLE proposal_evidence (
    proposal_id            bigint     NOT NULL CONSTRAINT proposal_evidence_pk PRIMARY KEY
                                      CONSTRAINT proposal_evidence_proposal_fk REFERENCES proposal (id) ON DELETE CASCADE,
    best_credibility       smallint[] NOT NULL,
    named                  boolean    NOT NULL,
    named_best_credibility smallint[] NOT NULL
);

CREATE VIEW proposal_evidence_of AS
SELECT x.proposal_id,
       array_agg(x.best ORDER BY x.r)::smallint[] AS best_credibility,
       bool_or(x.named) AS named,
       array_agg(x.named_best ORDER BY x.r)::smallint[] AS named_best_credibility
FROM (SELECT c.proposal_id, r,
             min(coalesce(c.best_credibility[r], 7)) AS best,
             bool_or(NOT coalesce(c.anonymous_only, false)) AS named,
             coalesce(min(coalesce(c.best_credibility[r], 7)) FILTER (WHERE NOT coalesce(c.anonymous_only, false)), 7)
                 AS named_best
      FROM current_position c CROSS JOIN generate_series(1, 6) r
      GROUP BY c.proposal_id, r) x
GROUP BY x.proposal_id;

CREATE FUNCTION proposal_evidence_refresh(proposals bigint[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM proposal_evidence e WHERE e.proposal_id = ANY (proposals);
    INSERT INTO proposal_evidence (proposal_id, best_credibility, named, named_best_credibility)
    SELECT e.proposal_id, e.best_credibility, e.named, e.named_best_credibility FROM proposal_evidence_of e
    WHERE e.proposal_id = ANY (proposals)
      AND EXISTS (SELECT 1 FROM proposal p WHERE p.id = e.proposal_id);
END;
$$;

CREATE FUNCTION proposal_evidence_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM proposal_evidence_refresh(array_agg(DISTINCT n.proposal_id ORDER BY n.proposal_id)) FROM added n;
    RETURN NULL;
END;
$$;

CREATE FUNCTION proposal_evidence_after_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM proposal_evidence_refresh(array_agg(DISTINCT t.proposal_id ORDER BY t.proposal_id))
    FROM (SELECT o.proposal_id FROM removed o UNION SELECT n.proposal_id FROM added n) t;
    RETURN NULL;
END;
$$;

CREATE FUNCTION proposal_evidence_after_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM proposal_evidence_refresh(array_agg(DISTINCT o.proposal_id ORDER BY o.proposal_id)) FROM removed o;
    RETURN NULL;
END;
$$;

CREATE TRIGGER proposal_evidence_insert_tg
    AFTER INSERT ON current_position REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_evidence_after_insert();
CREATE TRIGGER proposal_evidence_update_tg
    AFTER UPDATE ON current_position REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_evidence_after_update();
CREATE TRIGGER proposal_evidence_delete_tg
    AFTER DELETE ON current_position REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_evidence_after_delete();

INSERT INTO proposal_evidence (proposal_id, best_credibility, named, named_best_credibility)
SELECT e.proposal_id, e.best_credibility, e.named, e.named_best_credibility FROM proposal_evidence_of e;
