-- Positions: for each proposal, a time series of statements by each party of its negotiation, the
-- stance changing over time; a conditional stance states its condition; some were stated at a round
-- (dated that round's first day). A revised position got its note and then its speaker later.
INSERT INTO position (id, proposal_id, party_id, stated_on, stated_on_precision, stance, condition, speaker_id, quote,
                      note, round_id, version, created_at, updated_at)
SELECT s.id, pr.id, s.party, coalesce(rd.starts_on, s.stated_on),
       (ARRAY['DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'MONTH', 'ON_OR_BEFORE'])[1 + pg_temp.h(s.id, 100) % 10],
       st.stance,
       CASE WHEN st.stance = 'CONDITIONAL'
            THEN pg_temp.say(s.tongue, pg_temp.w_condition_en(), pg_temp.w_condition_uk(), pg_temp.w_condition_ru(), s.id, 101) END,
       CASE WHEN s.revised OR pg_temp.h(s.id, 102) % 10 < 7 THEN pg_temp.speaker_of(s.party, s.id) END,
       CASE WHEN pg_temp.h(s.id, 103) % 10 < 8
            THEN pg_temp.say(s.tongue, pg_temp.w_quote_en(), pg_temp.w_quote_uk(), pg_temp.w_quote_ru(), s.id, 104) END,
       CASE WHEN s.revised OR pg_temp.h(s.id, 105) % 5 = 0 THEN pg_temp.pick(pg_temp.w_note_en(), s.id, 106) END,
       rd.id,
       CASE WHEN s.revised THEN 2 ELSE 0 END,
       coalesce(rd.starts_on, s.stated_on) + time '15:00' + (pg_temp.h(s.id, 107) % 400) * interval '1 minute',
       coalesce(rd.starts_on, s.stated_on) + time '15:00' + (pg_temp.h(s.id, 107) % 400) * interval '1 minute'
           + CASE WHEN s.revised THEN interval '20 days' ELSE interval '0' END
FROM proposal pr
JOIN plan p ON p.g = pr.negotiation_id
CROSS JOIN LATERAL generate_series(0, ${positions_per_proposal} - 1) k
CROSS JOIN LATERAL (SELECT (pr.id - 1) * ${positions_per_proposal} + k + 1 AS id,
                           pg_temp.party_of(p.g, k % p.party_count) AS party,
                           k / p.party_count AS statement,
                           pr.first_reported_on + ((k / p.party_count) * 60 + (k % p.party_count) * 2
                                                   + pg_temp.h(pr.id * 16 + k, 108) % 20)::int AS stated_on,
                           pg_temp.tongue((pr.id - 1) * ${positions_per_proposal} + k + 1, 109) AS tongue,
                           pg_temp.revised((pr.id - 1) * ${positions_per_proposal} + k + 1, 110) AS revised) s
CROSS JOIN LATERAL (SELECT (ARRAY['SUPPORTS', 'CONDITIONAL', 'OPEN', 'UNCLEAR', 'OPPOSES', 'REJECTS'])[
        1 + (pg_temp.h(pr.id * 8 + k % p.party_count, 111) + s.statement * (1 + pg_temp.h(s.id, 112) % 2)) % 6] AS stance) st
LEFT JOIN LATERAL (SELECT p.round_first + least(p.round_count - 1, greatest(0, (s.stated_on - p.starts) * p.round_count / p.span)) AS id
                   WHERE pg_temp.h(s.id, 113) % 10 < 3) ri ON true
LEFT JOIN LATERAL (SELECT ri.id, p.starts + ((ri.id - p.round_first) * p.span / p.round_count)::int AS starts_on
                   WHERE ri.id IS NOT NULL) rd ON true;
