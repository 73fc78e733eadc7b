-- Topics, regions (some within others) and sources graded A to F.
INSERT INTO topic (id, slug, name, description, created_at, updated_at)
SELECT n, pg_temp.slug(x.name, n, 'topic'), x.name, pg_temp.pick(pg_temp.w_topic_description(), n, 7),
       timestamptz '2012-01-01 07:00', timestamptz '2012-01-01 07:00'
FROM generate_series(1, ${topics}) n
CROSS JOIN LATERAL (SELECT (pg_temp.w_topic())[1 + (n - 1) % cardinality(pg_temp.w_topic())]
    || CASE WHEN n > cardinality(pg_temp.w_topic()) THEN ' ' || (1 + (n - 1) / cardinality(pg_temp.w_topic())) ELSE '' END
    AS name) x;

INSERT INTO region (id, slug, name, country_code, parent_id, created_at, updated_at)
SELECT n, pg_temp.slug(x.name, n, 'region'), x.name, x.country_code, x.parent_id,
       timestamptz '2012-01-01 07:00', timestamptz '2012-01-01 07:00'
FROM generate_series(1, ${regions}) n
CROSS JOIN LATERAL (SELECT cardinality(pg_temp.w_region_name()) AS listed) c
CROSS JOIN LATERAL (SELECT
    CASE WHEN n <= listed THEN (pg_temp.w_region_name())[n]
         ELSE pg_temp.pick(pg_temp.w_town(), n, 8) || ' ' || pg_temp.pick(pg_temp.w_district(), n, 9) END AS name,
    CASE WHEN n <= listed THEN (pg_temp.w_region_code())[n] ELSE 'UA' END AS country_code,
    CASE WHEN n <= listed THEN nullif((pg_temp.w_region_parent())[n]::bigint, 0)
         ELSE 2 + pg_temp.h(n, 10) % 4 END AS parent_id) x
ORDER BY n;

INSERT INTO source (id, slug, name, kind, homepage, language, reliability, reliability_note, created_at, updated_at)
SELECT n, pg_temp.slug(x.name, n, 'source'), x.name, x.kind,
       'https://www.' || coalesce(nullif(regexp_replace(lower(x.name), '[^a-z0-9]+', '', 'g'), ''), 'source') || '.example',
       (ARRAY['en', 'en', 'en', 'uk', 'ru'])[1 + pg_temp.h(n, 11) % 5],
       substr('AABBBCCCDDEF', 1 + (pg_temp.h(n, 12) % 12)::int, 1),
       CASE WHEN pg_temp.h(n, 13) % 2 = 0 THEN pg_temp.pick(pg_temp.w_reliability_note(), n, 14) END,
       timestamptz '2012-01-01 07:30', timestamptz '2012-01-01 07:30'
FROM generate_series(1, ${sources}) n
CROSS JOIN LATERAL (SELECT cardinality(pg_temp.w_source_name()) AS listed) c
CROSS JOIN LATERAL (SELECT
    CASE WHEN n <= listed THEN (pg_temp.w_source_name())[n]
         ELSE replace(pg_temp.pick(pg_temp.w_outlet_pattern(), n, 15), '{place}', pg_temp.pick(pg_temp.w_place_en(), n, 16)) END AS name,
    CASE WHEN n <= listed THEN (pg_temp.w_source_kind())[n]
         WHEN pg_temp.h(n, 17) % 3 = 0 THEN 'SOCIAL_MEDIA' ELSE 'MEDIA' END AS kind) x;
