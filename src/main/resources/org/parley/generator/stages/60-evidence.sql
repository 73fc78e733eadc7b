-- Evidence: every round, proposal and position carries citations of its negotiation from about the
-- same days; some discussed proposals carry one of their own. Most support, some dispute.
INSERT INTO round_citation (round_id, citation_id, bearing, created_at, updated_at)
SELECT r.id, p.citation_first + ((r.id - p.round_first) * p.citation_count / p.round_count + k) % p.citation_count,
       CASE WHEN pg_temp.h(r.id * 4 + k, 120) % 10 = 0 THEN 'DISPUTES' ELSE 'SUPPORTS' END, r.created_at, r.created_at
FROM round r JOIN plan p ON p.g = r.negotiation_id
CROSS JOIN LATERAL generate_series(0, 1) k
ON CONFLICT DO NOTHING;

INSERT INTO proposal_citation (proposal_id, citation_id, bearing, created_at, updated_at)
SELECT pr.id, p.citation_first + (pr.first_reported_citation_id - p.citation_first + k * (1 + pg_temp.h(pr.id, 121) % 5)) % p.citation_count,
       CASE WHEN k > 0 AND pg_temp.h(pr.id, 122) % 5 = 0 THEN 'DISPUTES' ELSE 'SUPPORTS' END, pr.created_at, pr.created_at
FROM proposal pr JOIN plan p ON p.g = pr.negotiation_id
CROSS JOIN LATERAL generate_series(0, CASE WHEN pg_temp.h(pr.id, 123) % 2 = 0 THEN 1 ELSE 0 END) k
ON CONFLICT DO NOTHING;

INSERT INTO round_proposal_citation (round_proposal_id, citation_id, bearing, created_at, updated_at)
SELECT rp.id, p.citation_first + ((r.id - p.round_first) * p.citation_count / p.round_count + 2 + pg_temp.h(rp.id, 124) % 10) % p.citation_count,
       'SUPPORTS', rp.created_at, rp.created_at
FROM round_proposal rp JOIN round r ON r.id = rp.round_id JOIN plan p ON p.g = r.negotiation_id
WHERE pg_temp.h(rp.id, 125) % 5 = 0;

INSERT INTO position_citation (position_id, citation_id, bearing, created_at, updated_at)
SELECT po.id,
       p.citation_first + (least(p.citation_count - 1, greatest(0, (po.stated_on - p.starts) * p.citation_count / p.span))
                           + k * (1 + pg_temp.h(po.id, 126) % 7) + 10 * p.citation_count) % p.citation_count,
       CASE WHEN k > 0 AND pg_temp.h(po.id, 127) % 4 = 0 THEN 'DISPUTES' ELSE 'SUPPORTS' END, po.created_at, po.created_at
FROM position po
JOIN plan p ON p.g = pg_temp.negotiation_of(po.proposal_id, ${proposals})
CROSS JOIN LATERAL generate_series(0, CASE WHEN pg_temp.h(po.id, 128) % 5 = 0 THEN 1 ELSE 0 END) k
ON CONFLICT DO NOTHING;

-- Claims with their own reports, in the small share a record holds them: about one relation in four
-- cites a report of its proposal's negotiation; about one topic in three carries one or two claims
-- (a party's, or the outlet's own assessment), each citing a report; about one person in four has a
-- dated title, cited.
INSERT INTO proposal_relation_citation (relation_id, citation_id, bearing, created_at, updated_at)
SELECT rel.id, p.citation_first + pg_temp.h(rel.id, 130) % p.citation_count,
       CASE WHEN pg_temp.h(rel.id, 131) % 6 = 0 THEN 'DISPUTES' ELSE 'SUPPORTS' END, rel.created_at, rel.created_at
FROM proposal_relation rel JOIN proposal pr ON pr.id = rel.proposal_id JOIN plan p ON p.g = pr.negotiation_id
WHERE pg_temp.h(rel.id, 132) % 4 = 0
ORDER BY rel.id;

INSERT INTO topic_claim (topic_id, claim, party_id, stated_on, created_at, updated_at)
SELECT t.id,
       CASE WHEN k = 0 THEN t.name || ' remains the most contentious issue between the parties.'
            ELSE 'No agreement on ' || lower(t.name) || ' is possible without the others.' END,
       CASE WHEN pg_temp.h(t.id * 2 + k, 133) % 3 = 0 THEN NULL ELSE 1 + pg_temp.h(t.id * 2 + k, 134) % ${parties} END,
       CASE WHEN pg_temp.h(t.id * 2 + k, 135) % 4 > 0 THEN date '2014-01-01' + (pg_temp.h(t.id * 2 + k, 136) % 4000)::int END,
       t.created_at, t.created_at
FROM topic t
CROSS JOIN LATERAL generate_series(0, pg_temp.h(t.id, 137) % 2) k
WHERE pg_temp.h(t.id, 138) % 3 = 0
ORDER BY t.id, k;

INSERT INTO topic_claim_citation (claim_id, citation_id, bearing, created_at, updated_at)
SELECT tc.id, 1 + pg_temp.h(tc.id, 139) % ${citations}, 'SUPPORTS', tc.created_at, tc.created_at
FROM topic_claim tc
ORDER BY tc.id;

INSERT INTO person_title (person_id, title, held_on, created_at, updated_at)
SELECT pe.id, coalesce(pe.title, pg_temp.pick(pg_temp.w_person_title(), pe.id, 21)),
       date '2014-01-01' + (pg_temp.h(pe.id, 140) % 4000)::int, pe.created_at, pe.created_at
FROM person pe
WHERE pg_temp.h(pe.id, 141) % 4 = 0
ORDER BY pe.id;

INSERT INTO person_title_citation (title_id, citation_id, bearing, created_at, updated_at)
SELECT pt.id, 1 + pg_temp.h(pt.id, 142) % ${citations}, 'SUPPORTS', pt.created_at, pt.created_at
FROM person_title pt
ORDER BY pt.id;
