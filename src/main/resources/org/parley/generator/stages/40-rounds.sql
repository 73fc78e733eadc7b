-- Rounds spread over each negotiation's years, with the parties at the table, their delegates and
-- the proposals discussed (those first reported about then, and some older ones); a revised round
-- got its summary and then its outcome after it was first recorded.
INSERT INTO round (id, negotiation_id, slug, title, place, starts_on, ends_on, format, outcome, mediator_party_id,
                   summary, version, created_at, updated_at)
SELECT n, p.g, pg_temp.slug(t.title, n, 'round'), t.title, t.place, d.starts_on,
       d.starts_on + (pg_temp.h(n, 80) % 3)::int,
       (ARRAY['BILATERAL', 'TRILATERAL', 'TRILATERAL', 'MULTILATERAL', 'PROXIMITY', 'TECHNICAL'])[1 + pg_temp.h(n, 81) % 6],
       CASE WHEN l.revised THEN (ARRAY['AGREEMENT', 'PARTIAL_AGREEMENT', 'STALEMATE', 'POSTPONED'])[1 + pg_temp.h(n, 82) % 4]
            ELSE (ARRAY['AGREEMENT', 'PARTIAL_AGREEMENT', 'STALEMATE', 'STALEMATE', 'POSTPONED', 'UNKNOWN'])[1 + pg_temp.h(n, 82) % 6] END,
       CASE WHEN pg_temp.h(n, 83) % 10 < 7 THEN pg_temp.party_of(p.g, p.party_count) END,
       pg_temp.say(l.tongue, pg_temp.w_round_summary_en(), pg_temp.w_round_summary_uk(), pg_temp.w_round_summary_ru(), n, 84) || ' '
           || pg_temp.say(l.tongue, pg_temp.w_round_summary_en(), pg_temp.w_round_summary_uk(), pg_temp.w_round_summary_ru(), n, 85),
       CASE WHEN l.revised THEN 2 ELSE 0 END,
       d.made, CASE WHEN l.revised THEN d.made + interval '12 days' ELSE d.made END
FROM generate_series(1, ${rounds}) n
JOIN plan p ON p.g = pg_temp.negotiation_of(n, ${rounds})
CROSS JOIN LATERAL (SELECT pg_temp.tongue(n, 86) AS tongue, pg_temp.revised(n, 87) AS revised) l
CROSS JOIN LATERAL (SELECT pg_temp.say(l.tongue, pg_temp.w_place_en(), pg_temp.w_place_uk(), pg_temp.w_place_ru(), n, 88) AS place) w
CROSS JOIN LATERAL (SELECT w.place,
    pg_temp.say(l.tongue, pg_temp.w_round_kind_en(), pg_temp.w_round_kind_uk(), pg_temp.w_round_kind_ru(), n, 89) || ' ' || w.place
        || CASE l.tongue WHEN 0 THEN ', round ' ELSE ', раунд ' END || (n - p.round_first + 1) AS title) t
CROSS JOIN LATERAL (SELECT p.starts + ((n - p.round_first) * p.span / p.round_count)::int AS starts_on) d0
CROSS JOIN LATERAL (SELECT d0.starts_on, d0.starts_on + time '18:00' + (pg_temp.h(n, 90) % 240) * interval '1 minute' AS made) d;

INSERT INTO round_party (round_id, party_id)
SELECT r.id, pg_temp.party_of(r.negotiation_id, j)
FROM round r JOIN plan p ON p.g = r.negotiation_id
CROSS JOIN LATERAL generate_series(0, p.party_count - 1) j
UNION
SELECT r.id, r.mediator_party_id FROM round r WHERE r.mediator_party_id IS NOT NULL;

INSERT INTO round_delegate (round_id, person_id)
SELECT r.id, pg_temp.speaker_of(pg_temp.party_of(r.negotiation_id, k % p.party_count), r.id * 8 + k)
FROM round r JOIN plan p ON p.g = r.negotiation_id
CROSS JOIN LATERAL generate_series(0, 1 + pg_temp.h(r.id, 91) % 4) k
ON CONFLICT DO NOTHING;

INSERT INTO round_proposal (round_id, proposal_id, introduced_by_party_id, note, created_at, updated_at)
SELECT r.id,
       p.proposal_first + ((r.id - p.round_first) * p.proposal_count / p.round_count + k * 7 - (k % 3) * 20
                           + 10 * p.proposal_count) % p.proposal_count,
       CASE WHEN pg_temp.h(r.id * 16 + k, 92) % 10 < 7 THEN pg_temp.party_of(r.negotiation_id, pg_temp.h(r.id * 16 + k, 93) % p.party_count) END,
       CASE WHEN pg_temp.h(r.id * 16 + k, 94) % 10 = 0 THEN pg_temp.pick(pg_temp.w_note_en(), r.id * 16 + k, 95) END,
       r.created_at, r.created_at
FROM round r JOIN plan p ON p.g = r.negotiation_id
CROSS JOIN LATERAL generate_series(0, ${proposals_per_round} - 1) k
ON CONFLICT DO NOTHING;
