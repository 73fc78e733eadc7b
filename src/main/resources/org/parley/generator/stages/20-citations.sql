-- Citations: reports in each negotiation's years, some relayed via an earlier report of the same
-- negotiation (so via chains never loop), some anonymous; a revised one was first recorded ungraded
-- and without its excerpt.
INSERT INTO citation (id, source_id, url, headline, published_on, excerpt, credibility, anonymous,
                      anonymous_description, via_citation_id, version, created_at, updated_at)
SELECT n, s.id, s.homepage || '/' || to_char(d.published_on, 'YYYY/MM/DD') || '/report-' || n,
       CASE l.tongue
           WHEN 0 THEN pg_temp.pick(pg_temp.w_headline_subject_en(), n, 30) || ' ' || pg_temp.pick(pg_temp.w_headline_verb_en(), n, 31)
               || ' ' || pg_temp.pick(pg_temp.w_headline_object_en(), n, 32)
               || CASE WHEN pg_temp.h(n, 33) % 3 = 0 THEN ' after talks in ' || pg_temp.pick(pg_temp.w_place_en(), n, 34) ELSE '' END
           WHEN 1 THEN pg_temp.pick(pg_temp.w_headline_uk(), n, 30) || ' (' || pg_temp.pick(pg_temp.w_place_uk(), n, 34) || ')'
           ELSE pg_temp.pick(pg_temp.w_headline_ru(), n, 30) || ' (' || pg_temp.pick(pg_temp.w_place_ru(), n, 34) || ')' END,
       d.published_on,
       pg_temp.say(l.tongue, pg_temp.w_excerpt_en(), pg_temp.w_excerpt_uk(), pg_temp.w_excerpt_ru(), n, 35) || ' '
           || pg_temp.say(l.tongue, pg_temp.w_excerpt_en(), pg_temp.w_excerpt_uk(), pg_temp.w_excerpt_ru(), n, 36),
       CASE WHEN r.revised THEN 1 + pg_temp.h(n, 37) % 5 ELSE 1 + pg_temp.h(n, 37) % 6 END,
       a.anonymous,
       CASE WHEN a.anonymous THEN pg_temp.pick(pg_temp.w_anonymous_description(), n, 38) END,
       CASE WHEN n > p.citation_first AND pg_temp.h(n, 39) % 5 = 0
            THEN n - 1 - pg_temp.h(n, 40) % least(n - p.citation_first, 500) END,
       CASE WHEN r.revised THEN 2 ELSE 0 END,
       d.made, CASE WHEN r.revised THEN d.made + interval '9 days' ELSE d.made END
FROM generate_series(1, ${citations}) n
JOIN plan p ON p.g = pg_temp.negotiation_of(n, ${citations})
JOIN source s ON s.id = 1 + pg_temp.h(n, 41) % ${sources}
CROSS JOIN LATERAL (SELECT pg_temp.tongue(n, 42) AS tongue) l
CROSS JOIN LATERAL (SELECT pg_temp.revised(n, 43) AS revised) r
CROSS JOIN LATERAL (SELECT pg_temp.h(n, 44) % 20 = 0 AS anonymous) a
CROSS JOIN LATERAL (SELECT p.starts + ((n - p.citation_first) * p.span / p.citation_count)::int AS published_on) d0
CROSS JOIN LATERAL (SELECT d0.published_on, d0.published_on + time '10:00' + (pg_temp.h(n, 45) % 600) * interval '1 minute' AS made) d;
