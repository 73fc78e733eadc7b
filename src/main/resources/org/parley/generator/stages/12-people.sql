-- People: each speaks for a party, named in its language (Ukrainian and Russian names also in Cyrillic).
INSERT INTO person (id, slug, full_name, native_name, title, party_id, created_at, updated_at)
SELECT n, pg_temp.slug(x.full_name, n, 'person'), x.full_name, x.native_name,
       CASE WHEN pg_temp.h(n, 20) % 5 > 0 THEN pg_temp.pick(pg_temp.w_person_title(), n, 21) END,
       p.id, timestamptz '2012-01-02 08:00' + n * interval '7 minutes', timestamptz '2012-01-02 08:00' + n * interval '7 minutes'
FROM generate_series(1, ${people}) n
JOIN party p ON p.id = 1 + (n - 1) % ${parties}
CROSS JOIN LATERAL (SELECT
    CASE p.country_code
        WHEN 'UA' THEN pg_temp.pick(pg_temp.w_first_uk_latin(), n, 22) || ' ' || pg_temp.pick(pg_temp.w_last_uk_latin(), n, 23)
        WHEN 'RU' THEN pg_temp.pick(pg_temp.w_first_ru_latin(), n, 22) || ' ' || pg_temp.pick(pg_temp.w_last_ru_latin(), n, 23)
        ELSE pg_temp.pick(pg_temp.w_first_en(), n, 22) || ' ' || pg_temp.pick(pg_temp.w_last_en(), n, 23) END AS full_name,
    CASE p.country_code
        WHEN 'UA' THEN pg_temp.pick(pg_temp.w_first_uk_cyr(), n, 22) || ' ' || pg_temp.pick(pg_temp.w_last_uk_cyr(), n, 23)
        WHEN 'RU' THEN pg_temp.pick(pg_temp.w_first_ru_cyr(), n, 22) || ' ' || pg_temp.pick(pg_temp.w_last_ru_cyr(), n, 23)
        END AS native_name) x;
