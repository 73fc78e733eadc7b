-- Negotiations, the parties (states, organisations, armed groups) and the role each plays.
INSERT INTO negotiation (id, slug, title, description, version, created_at, updated_at)
SELECT g, pg_temp.slug(t.title, g, 'negotiation'), t.title, pg_temp.pick(pg_temp.w_negotiation_description(), g, 2),
       0, p.starts + time '09:00', p.starts + time '09:00'
FROM plan p
CROSS JOIN LATERAL (SELECT CASE WHEN g <= cardinality(pg_temp.w_negotiation_title())
    THEN (pg_temp.w_negotiation_title())[g]
    ELSE (pg_temp.w_negotiation_title())[1 + (g - 1) % cardinality(pg_temp.w_negotiation_title())] || ', '
         || pg_temp.pick(pg_temp.w_phase(), g, 3) || ' ' || g END AS title) t;

INSERT INTO party (id, slug, name, short_name, kind, country_code, version, created_at, updated_at)
SELECT n, pg_temp.slug(x.name, n, 'party'), x.name, x.short_name, x.kind, x.country_code, 0,
       timestamptz '2012-01-01 08:00' + n * interval '1 hour', timestamptz '2012-01-01 08:00' + n * interval '1 hour'
FROM generate_series(1, ${parties}) n
CROSS JOIN LATERAL (SELECT cardinality(pg_temp.w_state_name()) AS states,
                           cardinality(pg_temp.w_organisation()) AS organisations) c
CROSS JOIN LATERAL (SELECT
    CASE WHEN n <= states THEN (pg_temp.w_state_name())[n]
         WHEN n <= states + organisations THEN (pg_temp.w_organisation())[n - states]
         ELSE replace(pg_temp.pick(pg_temp.w_group_pattern(), n, 4), '{place}', pg_temp.pick(pg_temp.w_town(), n, 5))
    END AS name,
    CASE WHEN n <= states AND strpos((pg_temp.w_state_name())[n], ' ') > 0 THEN (pg_temp.w_state_code())[n]
         WHEN n <= states THEN (pg_temp.w_state_name())[n] END AS short_name,
    CASE WHEN n <= states THEN 'STATE' WHEN n <= states + organisations THEN 'INTERNATIONAL_ORGANISATION'
         WHEN pg_temp.h(n, 6) % 2 = 0 THEN 'ARMED_GROUP' ELSE 'OTHER' END AS kind,
    CASE WHEN n <= states THEN (pg_temp.w_state_code())[n] WHEN n > states + organisations THEN 'UA' END AS country_code) x;

INSERT INTO negotiation_party (negotiation_id, party_id, role, created_at, updated_at)
SELECT g, pg_temp.party_of(g, j),
       CASE WHEN j < party_count THEN 'PARTY' WHEN g % 5 = 0 THEN 'GUARANTOR' WHEN g % 7 = 0 THEN 'OBSERVER' ELSE 'MEDIATOR' END,
       starts + time '09:00', starts + time '09:00'
FROM plan CROSS JOIN LATERAL generate_series(0, party_count) j;
