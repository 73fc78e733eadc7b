-- The grade of the evidence behind each position, defined once and kept by the database, so the
-- evidence filters (org.parley.source.EvidenceFilter) read one row per position instead of its
-- citations, their sources and their "via" chains on every request. A table of its own, not columns of
-- position: writing position fires its webhook, activity and current-stance triggers.
--
-- Only reports supporting the position count (one disputing it is no evidence for it). A position
-- reaches a grade such as B2 when one of them does: its source graded B or better and its information
-- 2 or better. best_credibility[r] is the best credibility among the supporting reports whose source is
-- graded r (1 = A … 6 = F) or better, 7 where there is none, so "reaches B2" is best_credibility[2] <= 2.
-- anonymous_only: every supporting report rests on an unnamed source, itself or a report it relays.
-- A position with no supporting report has no row.
CREATE TABLE position_evidence (
    position_id      bigint     NOT NULL CONSTRAINT position_evidence_pk PRIMARY KEY
                                CONSTRAINT position_evidence_position_fk REFERENCES position (id) ON DELETE CASCADE,
    best_credibility smallint[] NOT NULL,
    anonymous_only   boolean    NOT NULL,
    CONSTRAINT position_evidence_best_credibility_ck
        CHECK (cardinality(best_credibility) = 6 AND 1 <= ALL (best_credibility) AND 7 >= ALL (best_credibility))
);

-- Whether a report rests on an unnamed source: it does, or a report it relays does (as pages show it,
-- CitationView.restsOnAnonymousSource). CYCLE stops a loop written behind the application's back.
CREATE FUNCTION citation_rests_on_anonymous(citation bigint) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
WITH RECURSIVE chain (id, via_citation_id, anonymous) AS (
    SELECT c.id, c.via_citation_id, c.anonymous FROM citation c WHERE c.id = citation
    UNION ALL
    SELECT v.id, v.via_citation_id, v.anonymous FROM citation v JOIN chain ON v.id = chain.via_citation_id
) CYCLE id SET looped USING path
SELECT coalesce(bool_or(anonymous), false) FROM chain
$$;

-- The current stances carry their position's evidence, so the proposal list filters them without a
-- join (null where the position has no supporting report).
ALTER TABLE current_position
    ADD COLUMN best_credibility smallint[],
    ADD COLUMN anonymous_only   boolean;

-- A position becoming current brings its evidence along.
CREATE FUNCTION current_position_copy_evidence() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    SELECT e.best_credibility, e.anonymous_only INTO NEW.best_credibility, NEW.anonymous_only
    FROM position_evidence e WHERE e.position_id = NEW.position_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER current_position_copy_evidence_tg
    BEFORE INSERT OR UPDATE OF position_id ON current_position
    FOR EACH ROW EXECUTE FUNCTION current_position_copy_evidence();

-- What position_evidence holds, computed from the citations (a condition on position_id reaches
-- inside the grouping, so reading a few positions reads only their links).
CREATE VIEW position_evidence_of AS
SELECT pc.position_id,
       ARRAY [coalesce(min(c.credibility) FILTER (WHERE s.reliability <= 'A'), 7),
              coalesce(min(c.credibility) FILTER (WHERE s.reliability <= 'B'), 7),
              coalesce(min(c.credibility) FILTER (WHERE s.reliability <= 'C'), 7),
              coalesce(min(c.credibility) FILTER (WHERE s.reliability <= 'D'), 7),
              coalesce(min(c.credibility) FILTER (WHERE s.reliability <= 'E'), 7),
              coalesce(min(c.credibility) FILTER (WHERE s.reliability <= 'F'), 7)]::smallint[] AS best_credibility,
       bool_and(c.anonymous OR (c.via_citation_id IS NOT NULL AND citation_rests_on_anonymous(c.via_citation_id)))
           AS anonymous_only
FROM position_citation pc
JOIN citation c ON c.id = pc.citation_id
JOIN source s ON s.id = c.source_id
WHERE pc.bearing = 'SUPPORTS'
GROUP BY pc.position_id;

-- The evidence of the given positions, read again from their citations. The positions are locked first
-- (FOR NO KEY UPDATE does not wait for the key-share locks their citation links take), so two
-- transactions citing one position at once read each other's committed links in turn.
CREATE FUNCTION position_evidence_refresh(positions bigint[]) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF positions IS NULL OR cardinality(positions) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM position p WHERE p.id = ANY (positions) ORDER BY p.id FOR NO KEY UPDATE;
    DELETE FROM position_evidence e WHERE e.position_id = ANY (positions);
    INSERT INTO position_evidence (position_id, best_credibility, anonymous_only)
    SELECT e.position_id, e.best_credibility, e.anonymous_only FROM position_evidence_of e
    WHERE e.position_id = ANY (positions);
    UPDATE current_position cur
    SET best_credibility = e.best_credibility, anonymous_only = e.anonymous_only
    FROM unnest(positions) AS t(id)
    LEFT JOIN position_evidence e ON e.position_id = t.id
    WHERE cur.position_id = t.id
      AND (cur.best_credibility, cur.anonymous_only) IS DISTINCT FROM (e.best_credibility, e.anonymous_only);
END;
$$;

CREATE FUNCTION position_evidence_after_link_write() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM position_evidence_refresh(array_agg(DISTINCT n.position_id ORDER BY n.position_id)) FROM added n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM position_evidence_refresh(array_agg(DISTINCT o.position_id ORDER BY o.position_id)) FROM removed o
        WHERE EXISTS (SELECT 1 FROM position p WHERE p.id = o.position_id);
    ELSE
        PERFORM position_evidence_refresh(array_agg(DISTINCT t.position_id ORDER BY t.position_id))
        FROM (SELECT o.position_id FROM removed o UNION SELECT n.position_id FROM added n) t;
    END IF;
    RETURN NULL;
END;
$$;

-- A report regraded, marked anonymous or named, relaying another, or moved to another source changes
-- the evidence of every position citing it, and (for anonymity) of every position citing a report
-- that relays it.
CREATE FUNCTION position_evidence_after_citation_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM position_evidence_refresh(array_agg(DISTINCT pc.position_id ORDER BY pc.position_id))
    FROM (
        WITH RECURSIVE changed (id) AS (
            SELECT n.id FROM added n JOIN removed o ON o.id = n.id
            WHERE (n.credibility, n.anonymous, n.source_id, n.via_citation_id)
                      IS DISTINCT FROM (o.credibility, o.anonymous, o.source_id, o.via_citation_id)
            UNION
            SELECT r.id FROM citation r JOIN changed ON r.via_citation_id = changed.id
        )
        SELECT id FROM changed) affected
    JOIN position_citation pc ON pc.citation_id = affected.id;
    RETURN NULL;
END;
$$;

CREATE FUNCTION position_evidence_after_source_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM position_evidence_refresh(array_agg(DISTINCT pc.position_id ORDER BY pc.position_id))
    FROM added n
    JOIN removed o ON o.id = n.id AND o.reliability IS DISTINCT FROM n.reliability
    JOIN citation c ON c.source_id = n.id
    JOIN position_citation pc ON pc.citation_id = c.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER position_evidence_link_insert_tg
    AFTER INSERT ON position_citation REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION position_evidence_after_link_write();
CREATE TRIGGER position_evidence_link_update_tg
    AFTER UPDATE ON position_citation REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION position_evidence_after_link_write();
CREATE TRIGGER position_evidence_link_delete_tg
    AFTER DELETE ON position_citation REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION position_evidence_after_link_write();
CREATE TRIGGER position_evidence_citation_update_tg
    AFTER UPDATE ON citation REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION position_evidence_after_citation_update();
CREATE TRIGGER position_evidence_source_update_tg
    AFTER UPDATE ON source REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION position_evidence_after_source_update();

INSERT INTO position_evidence (position_id, best_credibility, anonymous_only)
SELECT e.position_id, e.best_credibility, e.anonymous_only FROM position_evidence_of e;

UPDATE current_position cur
SET best_credibility = e.best_credibility, anonymous_only = e.anonymous_only
FROM position_evidence e
WHERE e.position_id = cur.position_id;
