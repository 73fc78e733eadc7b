-- Proposals, each first reported by a citation of its negotiation from the same days; a revised one
-- was floated, then discussed, then reached its present status.
INSERT INTO proposal (id, negotiation_id, slug, title, summary, status, disclosure, first_reported_on,
                      first_reported_citation_id, version, created_at, updated_at)
SELECT n, p.g, pg_temp.slug(t.title, n, 'proposal'), t.title,
       pg_temp.say(l.tongue, pg_temp.w_summary_en(), pg_temp.w_summary_uk(), pg_temp.w_summary_ru(), n, 50) || ' '
           || pg_temp.say(l.tongue, pg_temp.w_summary_en(), pg_temp.w_summary_uk(), pg_temp.w_summary_ru(), n, 51),
       CASE WHEN r.revised THEN (ARRAY['TABLED', 'ACCEPTED', 'REJECTED', 'STALLED', 'SUPERSEDED'])[1 + pg_temp.h(n, 52) % 5]
            ELSE (ARRAY['FLOATED', 'FLOATED', 'UNDER_DISCUSSION', 'UNDER_DISCUSSION', 'TABLED', 'ACCEPTED', 'REJECTED',
                        'STALLED', 'SUPERSEDED'])[1 + pg_temp.h(n, 52) % 9] END,
       (ARRAY['REPORTED', 'REPORTED', 'REPORTED', 'LEAKED', 'OFFICIAL_TEXT', 'DENIED'])[1 + pg_temp.h(n, 53) % 6],
       d.reported_on, p.citation_first + (n - p.proposal_first) * p.citation_count / p.proposal_count,
       CASE WHEN r.revised THEN 2 ELSE 0 END,
       d.made, CASE WHEN r.revised THEN d.made + interval '47 days' ELSE d.made END
FROM generate_series(1, ${proposals}) n
JOIN plan p ON p.g = pg_temp.negotiation_of(n, ${proposals})
CROSS JOIN LATERAL (SELECT pg_temp.tongue(n, 54) AS tongue, pg_temp.revised(n, 55) AS revised) l
CROSS JOIN LATERAL (SELECT l.revised) r
CROSS JOIN LATERAL (SELECT CASE l.tongue
    WHEN 0 THEN pg_temp.pick(pg_temp.w_proposal_action_en(), n, 56) || ' ' || pg_temp.pick(pg_temp.w_proposal_where_en(), n, 57)
    WHEN 1 THEN pg_temp.pick(pg_temp.w_proposal_action_uk(), n, 56) || ': ' || pg_temp.pick(pg_temp.w_proposal_where_uk(), n, 57)
    ELSE pg_temp.pick(pg_temp.w_proposal_action_ru(), n, 56) || ': ' || pg_temp.pick(pg_temp.w_proposal_where_ru(), n, 57)
    END AS title) t
CROSS JOIN LATERAL (SELECT p.starts + ((n - p.proposal_first) * p.span / p.proposal_count)::int AS reported_on) d0
CROSS JOIN LATERAL (SELECT d0.reported_on, d0.reported_on + time '12:00' + (pg_temp.h(n, 58) % 300) * interval '1 minute' AS made) d;

-- Who put it forward (one of the negotiation's parties, sometimes two), what it is about, where it applies.
INSERT INTO proposal_proposer (proposal_id, party_id)
SELECT pr.id, pg_temp.party_of(pr.negotiation_id, (pg_temp.h(pr.id, 60) + k) % p.party_count)
FROM proposal pr JOIN plan p ON p.g = pr.negotiation_id
CROSS JOIN LATERAL generate_series(0, CASE WHEN pg_temp.h(pr.id, 61) % 4 = 0 THEN 1 ELSE 0 END) k;

INSERT INTO proposal_topic (proposal_id, topic_id)
SELECT n, 1 + (pg_temp.h(n, 62) + k * (1 + pg_temp.h(n, 63) % greatest(${topics} - 1, 1))) % ${topics}
FROM generate_series(1, ${proposals}) n
CROSS JOIN LATERAL generate_series(0, CASE WHEN pg_temp.h(n, 64) % 5 < 2 AND ${topics} > 1 THEN 1 ELSE 0 END) k;

INSERT INTO proposal_region (proposal_id, region_id)
SELECT n, 1 + (pg_temp.h(n, 65) + k * (1 + pg_temp.h(n, 66) % greatest(${regions} - 1, 1))) % ${regions}
FROM generate_series(1, ${proposals}) n
CROSS JOIN LATERAL generate_series(0, CASE WHEN pg_temp.h(n, 67) % 10 < 3 AND ${regions} > 1 THEN 1 ELSE 0 END) k;

-- Two to six ordered points each (ordinals from 0, as the editor numbers them).
INSERT INTO proposal_point (proposal_id, ordinal, label, text, created_at, updated_at)
SELECT pr.id, o, CASE WHEN pg_temp.h(pr.id, 68) % 2 = 0 THEN pg_temp.pick(pg_temp.w_point_label(), pr.id, 69) || ' ' || (o + 1) END,
       pg_temp.say(pg_temp.tongue(pr.id, 54), pg_temp.w_point_en(), pg_temp.w_point_uk(), pg_temp.w_point_ru(), pr.id * 8 + o, 70),
       pr.created_at, pr.created_at
FROM proposal pr CROSS JOIN LATERAL generate_series(0, 1 + pg_temp.h(pr.id, 71) % 5) o;

-- Lineage to an earlier proposal of the same negotiation: "part of" always points back, so it never loops.
INSERT INTO proposal_relation (proposal_id, related_proposal_id, kind, note, created_at, updated_at)
SELECT pr.id, pr.id - 1 - pg_temp.h(pr.id, 72) % least(pr.id - p.proposal_first, 50),
       (ARRAY['PART_OF', 'PART_OF', 'EVOLVED_FROM', 'EVOLVED_FROM', 'ALTERNATIVE_TO', 'SUPERSEDES'])[1 + pg_temp.h(pr.id, 73) % 6],
       CASE WHEN pg_temp.h(pr.id, 74) % 5 = 0 THEN pg_temp.pick(pg_temp.w_note_en(), pr.id, 75) END,
       pr.created_at, pr.created_at
FROM proposal pr JOIN plan p ON p.g = pr.negotiation_id
WHERE pr.id > p.proposal_first AND pg_temp.h(pr.id, 76) % 10 < 6;
