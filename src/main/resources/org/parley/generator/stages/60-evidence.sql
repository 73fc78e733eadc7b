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
