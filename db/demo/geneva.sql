-- Demo data: the Geneva record (US-mediated Russia-Ukraine talks, Geneva, 17-18 February 2026),
-- from the article in seeds/000_855efdf0218530ac.txt (Report, 21 February 2026, via The Kyiv Independent).
--
-- Idempotent: every statement inserts only what is missing, so the script can run any number of times.
-- Rows are referred to only by natural keys: slugs, and for rows without one (citations, positions,
-- links) by the columns that identify them. A citation is identified by its source and its excerpt
-- (or, for the two citations without an excerpt, by source, via and anonymity).
-- Plain statements only (no DO blocks, no functions, no dollar quoting), so that
-- Spring's ScriptUtils can split it on semicolons and run it in one transaction.

-- ---------------------------------------------------------------------------------------------
-- Negotiation, parties and their roles
-- ---------------------------------------------------------------------------------------------

INSERT INTO negotiation (slug, title, description)
VALUES ('russia-ukraine', 'Russia–Ukraine peace talks',
        'Talks between Ukraine and Russia to end the war, mediated by the United States. '
        || 'Several ideas discussed between Ukraine, Russia and the US have been stillborn.')
ON CONFLICT (slug) DO NOTHING;

INSERT INTO party (slug, name, short_name, kind, country_code)
VALUES ('ukraine', 'Ukraine', 'Ukraine', 'STATE', 'UA'),
       ('russia', 'Russia', 'Russia', 'STATE', 'RU'),
       ('united-states', 'United States', 'US', 'STATE', 'US')
ON CONFLICT (slug) DO NOTHING;

INSERT INTO negotiation_party (negotiation_id, party_id, role)
SELECT n.id, p.id, v.role
FROM (VALUES ('ukraine', 'PARTY'),
             ('russia', 'PARTY'),
             ('united-states', 'MEDIATOR')) AS v (party_slug, role)
JOIN party p ON p.slug = v.party_slug
JOIN negotiation n ON n.slug = 'russia-ukraine'
ON CONFLICT ON CONSTRAINT negotiation_party_uk DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- People
-- ---------------------------------------------------------------------------------------------

INSERT INTO person (slug, full_name, native_name, title, party_id)
SELECT v.slug, v.full_name, v.native_name, v.title, p.id
FROM (VALUES ('oleksandr-merezhko', 'Oleksandr Merezhko', 'Олександр Мережко',
              'Head of the Ukrainian parliament''s foreign affairs committee', 'ukraine'),
             ('yuri-ushakov', 'Yuri Ushakov', 'Юрий Ушаков',
              'Russian presidential aide', 'russia')) AS v (slug, full_name, native_name, title, party_slug)
JOIN party p ON p.slug = v.party_slug
ON CONFLICT (slug) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Topics and regions
-- ---------------------------------------------------------------------------------------------

INSERT INTO topic (slug, name, description)
VALUES ('status-of-donbas', 'Status of the Donbas',
        'Who controls and administers the Donbas, the Donetsk and Luhansk oblasts in Ukraine’s east.'),
       ('territory', 'Territory',
        'Who controls which territory, and where the line between the forces runs.'),
       ('ceasefire', 'Ceasefire',
        'Stopping the fighting, and on what line.'),
       ('security-arrangements', 'Security arrangements',
        'Demilitarisation, buffer zones, troop withdrawals and who may patrol an area.'),
       ('governance', 'Governance',
        'Who administers an area, and how.')
ON CONFLICT (slug) DO NOTHING;

INSERT INTO region (slug, name, country_code)
VALUES ('donbas', 'Donbas', 'UA')
ON CONFLICT (slug) DO NOTHING;

INSERT INTO region (slug, name, country_code, parent_id)
SELECT 'donetsk-oblast', 'Donetsk Oblast', 'UA', r.id
FROM region r
WHERE r.slug = 'donbas'
ON CONFLICT (slug) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------

INSERT INTO source (slug, name, kind, homepage, country_code, language, reliability, reliability_note)
VALUES ('report', 'Report', 'MEDIA', 'https://report.az/en/', 'AZ', 'en', 'C',
        'Grade is the Parley demo''s editorial judgement, not an external rating.'),
       ('kyiv-independent', 'The Kyiv Independent', 'MEDIA', 'https://kyivindependent.com/', 'UA', 'en', 'B',
        'Grade is the Parley demo''s editorial judgement, not an external rating.'),
       ('new-york-times', 'The New York Times', 'MEDIA', 'https://www.nytimes.com/', 'US', 'en', 'B',
        'Grade is the Parley demo''s editorial judgement, not an external rating.')
ON CONFLICT (slug) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Citations. URLs and headlines are not given in the article, so they stay NULL.
-- Chains: Report -> The Kyiv Independent (main, anonymous-source, or relay) -> The New York Times.
-- ---------------------------------------------------------------------------------------------

-- The New York Times, 18 February 2026: the first report of the joint-administration concept.
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous)
SELECT s.id, DATE '2026-02-18', NULL, 3, false
FROM source s
WHERE s.slug = 'new-york-times'
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt IS NULL
                    AND c.via_citation_id IS NULL
                    AND c.published_on = DATE '2026-02-18'
                    AND NOT c.anonymous);

-- The Kyiv Independent, main report (publication date not given in the article).
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous)
SELECT s.id, NULL, NULL, 2, false
FROM source s
WHERE s.slug = 'kyiv-independent'
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt IS NULL
                    AND c.via_citation_id IS NULL
                    AND NOT c.anonymous);

-- The Kyiv Independent, on what it learned from an anonymous person familiar with the discussions.
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous, anonymous_description)
SELECT s.id, NULL,
       'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.',
       3, true, 'a person familiar with the discussions'
FROM source s
WHERE s.slug = 'kyiv-independent'
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt = 'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.');

-- The Kyiv Independent relaying the New York Times' first report.
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous, via_citation_id)
SELECT s.id, NULL, 'The concept was first reported by the New York Times on February 18.', 2, false, nyt.id
FROM source s
CROSS JOIN (SELECT min(c.id) AS id
            FROM citation c JOIN source ns ON ns.id = c.source_id
            WHERE ns.slug = 'new-york-times'
              AND c.excerpt IS NULL
              AND c.via_citation_id IS NULL
              AND c.published_on = DATE '2026-02-18'
              AND NOT c.anonymous) AS nyt
WHERE s.slug = 'kyiv-independent'
  AND nyt.id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt = 'The concept was first reported by the New York Times on February 18.');

-- Report, 21 February 2026: one citation per claim, each via the Kyiv Independent report it relays.
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous, anonymous_description, via_citation_id)
SELECT s.id, DATE '2026-02-21', v.excerpt, v.credibility, v.anonymous, v.anonymous_description, ki.id
FROM (VALUES
        -- the round, the proposal discussed there, and the stalemate
        ('main',
         'During the latest US-mediated negotiations in Geneva on February 17–18, Kyiv and Moscow discussed a joint Russian-Ukrainian civilian administration to run a demilitarized zone in the Donbas, Report informs via The Kyiv Independent. But Ukrainian officials say the proposal is unrealistic and unacceptable, and the recent round of talks again ended in a stalemate.',
         2, false, NULL),
        -- what the joint administration proposal envisions
        ('main',
         'The proposal envisions withdrawing both Russian and Ukrainian troops from part of the Donbas in the country''s east and establishing a civilian authority to manage the area. It would be potentially staffed by both Ukrainian and Russian representatives.',
         2, false, NULL),
        -- the first report of the concept: Report via The Kyiv Independent via the NYT
        ('relay',
         'The concept was first reported by the New York Times on February 18.',
         2, false, NULL),
        -- who introduced it at Geneva (anonymous source)
        ('anon',
         'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.',
         3, true, 'a person familiar with the discussions'),
        -- Ukrainian officials: unrealistic and unacceptable
        ('main',
         'But Ukrainian officials say the proposal is unrealistic and unacceptable, and the recent round of talks again ended in a stalemate.',
         2, false, NULL),
        -- Ukraine: freeze the front line
        ('main',
         'Ukraine maintains that freezing current front-line positions offers the most realistic basis for a ceasefire.',
         2, false, NULL),
        -- Russia: Ukrainian withdrawal first, and Kyiv's repeated rejection
        ('main',
         'Russia continues to demand that Ukrainian forces withdraw from the region as a precondition for any agreement - a demand that Kyiv has repeatedly rejected.',
         2, false, NULL),
        -- Ukrainian officials on the DMZ
        ('main',
         'Ukrainian officials say that even the concept of a demilitarized zone in Donetsk Oblast is difficult to imagine, let alone a joint civilian administration involving Russia.',
         2, false, NULL),
        -- Merezhko: the core of the problem
        ('main',
         'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said this would still effectively require Ukrainian troops to withdraw from fortified positions. "That''s the core of the problem. For us, this is unacceptable," he said.',
         2, false, NULL),
        -- Merezhko: the fortified districts
        ('main',
         '"We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over."',
         2, false, NULL),
        -- Merezhko: not workable, the Korean analogy
        ('main',
         'Merezhko added that he does not believe the project is workable and warned against drawing comparisons to historical precedents. "I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea," he said. But the lawmaker noted that the buffer zone on the Korean Peninsula is far shorter than Ukraine''s current front line, which stretches hundreds of kilometers.',
         2, false, NULL),
        -- the political logic, and Merezhko: disguising the withdrawal
        ('main',
         'The political logic behind such ideas appears designed to meet the Kremlin''s demand for Ukrainian withdrawal while presenting it under different terminology. "They are trying to disguise the withdrawal," Merezhko said.',
         2, false, NULL),
        -- the 28-point plan and its DMZ
        ('main',
         'The idea of establishing a demilitarized zone in the Donbas was initially included in the US-Russian 28-point peace plan. Under that proposal, Kyiv would withdraw its troops from the parts of Donetsk Oblast that it still controls.',
         2, false, NULL),
        -- Ushakov's condition
        ('main',
         'Russian presidential aide Yuri Ushakov previously said that Moscow could agree to such an arrangement if Russian police or National Guard (Rosgvardiya) units were granted the right to patrol the demilitarized zone.',
         2, false, NULL)
     ) AS v (via_key, excerpt, credibility, anonymous, anonymous_description)
JOIN source s ON s.slug = 'report'
JOIN (SELECT 'main' AS via_key,
             (SELECT min(c.id) FROM citation c JOIN source ks ON ks.id = c.source_id
              WHERE ks.slug = 'kyiv-independent' AND c.excerpt IS NULL
                AND c.via_citation_id IS NULL AND NOT c.anonymous) AS id
      UNION ALL
      SELECT 'anon',
             (SELECT min(c.id) FROM citation c JOIN source ks ON ks.id = c.source_id
              WHERE ks.slug = 'kyiv-independent' AND c.anonymous
                AND c.excerpt = 'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.')
      UNION ALL
      SELECT 'relay',
             (SELECT min(c.id) FROM citation c JOIN source ks ON ks.id = c.source_id
              WHERE ks.slug = 'kyiv-independent' AND c.via_citation_id IS NOT NULL
                AND c.excerpt = 'The concept was first reported by the New York Times on February 18.')
     ) AS ki ON ki.via_key = v.via_key
WHERE ki.id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt = v.excerpt);

-- ---------------------------------------------------------------------------------------------
-- Proposals
-- ---------------------------------------------------------------------------------------------

INSERT INTO proposal (negotiation_id, slug, title, summary, status, disclosure, first_reported_on, first_reported_citation_id)
SELECT n.id, v.slug, v.title, v.summary, v.status, v.disclosure, v.first_reported_on,
       CASE WHEN v.first_reported_by_nyt THEN
           (SELECT min(c.id) FROM citation c JOIN source ns ON ns.id = c.source_id
            WHERE ns.slug = 'new-york-times' AND c.excerpt IS NULL AND c.via_citation_id IS NULL
              AND c.published_on = DATE '2026-02-18' AND NOT c.anonymous)
       END
FROM (VALUES
        ('28-point-peace-plan', 'US–Russian 28-point peace plan',
         'A peace plan drawn up by the United States and Russia. It initially included the idea of a demilitarized zone in the Donbas.',
         'TABLED', 'REPORTED', CAST(NULL AS date), false),
        ('donbas-demilitarized-zone', 'Demilitarized zone in the Donbas',
         'Kyiv would withdraw its troops from the parts of Donetsk Oblast that it still controls, and the area would become a demilitarized zone.',
         'TABLED', 'REPORTED', CAST(NULL AS date), false),
        ('joint-civilian-administration', 'Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone',
         'Both Russian and Ukrainian troops would withdraw from part of the Donbas, and a civilian authority, potentially staffed by both Ukrainian and Russian representatives, would manage the area.',
         'UNDER_DISCUSSION', 'REPORTED', DATE '2026-02-18', true),
        ('freeze-current-front-line', 'Freeze the current front line',
         'Freeze the current front-line positions as the basis for a ceasefire.',
         'FLOATED', 'REPORTED', CAST(NULL AS date), false),
        ('ukrainian-withdrawal-from-donbas', 'Ukrainian withdrawal from the Donbas',
         'Ukrainian forces withdraw from the Donbas, as a precondition for any agreement.',
         'TABLED', 'REPORTED', CAST(NULL AS date), false)
     ) AS v (slug, title, summary, status, disclosure, first_reported_on, first_reported_by_nyt)
JOIN negotiation n ON n.slug = 'russia-ukraine'
ON CONFLICT ON CONSTRAINT proposal_slug_uk DO NOTHING;

INSERT INTO proposal_proposer (proposal_id, party_id)
SELECT pr.id, pa.id
FROM (VALUES ('28-point-peace-plan', 'united-states'),
             ('28-point-peace-plan', 'russia'),
             ('donbas-demilitarized-zone', 'united-states'),
             ('donbas-demilitarized-zone', 'russia'),
             ('joint-civilian-administration', 'united-states'),
             ('freeze-current-front-line', 'ukraine'),
             ('ukrainian-withdrawal-from-donbas', 'russia')) AS v (proposal_slug, party_slug)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN party pa ON pa.slug = v.party_slug
ON CONFLICT ON CONSTRAINT proposal_proposer_pk DO NOTHING;

-- Points. The ordinal's unique key is deferrable, so it cannot arbitrate ON CONFLICT: match on it instead.
INSERT INTO proposal_point (proposal_id, ordinal, label, text)
SELECT pr.id, v.ordinal, NULL, v.text
FROM (VALUES
        ('28-point-peace-plan', 0,
         'Kyiv withdraws its troops from the parts of Donetsk Oblast that it still controls; the area becomes a demilitarized zone.'),
        ('donbas-demilitarized-zone', 0,
         'Ukrainian troops withdraw from the parts of Donetsk Oblast that Kyiv still controls.'),
        ('donbas-demilitarized-zone', 1,
         'The area becomes a demilitarized zone.'),
        ('joint-civilian-administration', 0,
         'Both Russian and Ukrainian troops withdraw from part of the Donbas.'),
        ('joint-civilian-administration', 1,
         'A civilian authority is established to manage the area.'),
        ('joint-civilian-administration', 2,
         'The civilian authority would potentially be staffed by both Ukrainian and Russian representatives.')
     ) AS v (proposal_slug, ordinal, text)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
WHERE NOT EXISTS (SELECT 1 FROM proposal_point pp
                  WHERE pp.proposal_id = pr.id AND pp.ordinal = v.ordinal);

INSERT INTO proposal_topic (proposal_id, topic_id)
SELECT pr.id, t.id
FROM (VALUES ('donbas-demilitarized-zone', 'status-of-donbas'),
             ('donbas-demilitarized-zone', 'territory'),
             ('donbas-demilitarized-zone', 'security-arrangements'),
             ('joint-civilian-administration', 'status-of-donbas'),
             ('joint-civilian-administration', 'governance'),
             ('joint-civilian-administration', 'territory'),
             ('joint-civilian-administration', 'security-arrangements'),
             ('freeze-current-front-line', 'ceasefire'),
             ('freeze-current-front-line', 'territory'),
             ('ukrainian-withdrawal-from-donbas', 'territory'),
             ('ukrainian-withdrawal-from-donbas', 'status-of-donbas')) AS v (proposal_slug, topic_slug)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN topic t ON t.slug = v.topic_slug
ON CONFLICT ON CONSTRAINT proposal_topic_pk DO NOTHING;

INSERT INTO proposal_region (proposal_id, region_id)
SELECT pr.id, r.id
FROM (VALUES ('28-point-peace-plan', 'donetsk-oblast'),
             ('donbas-demilitarized-zone', 'donetsk-oblast'),
             ('joint-civilian-administration', 'donbas'),
             ('joint-civilian-administration', 'donetsk-oblast'),
             ('ukrainian-withdrawal-from-donbas', 'donbas'),
             ('ukrainian-withdrawal-from-donbas', 'donetsk-oblast')) AS v (proposal_slug, region_slug)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN region r ON r.slug = v.region_slug
ON CONFLICT ON CONSTRAINT proposal_region_pk DO NOTHING;

-- Lineage, read "proposal <kind> related proposal".
INSERT INTO proposal_relation (proposal_id, related_proposal_id, kind, note)
SELECT a.id, b.id, v.kind, v.note
FROM (VALUES
        ('donbas-demilitarized-zone', '28-point-peace-plan', 'PART_OF',
         'The idea of a demilitarized zone in the Donbas was initially included in the US–Russian 28-point peace plan.'),
        ('joint-civilian-administration', 'donbas-demilitarized-zone', 'EVOLVED_FROM',
         'The article reads the political logic behind such ideas as designed to meet the Kremlin''s demand for Ukrainian withdrawal while presenting it under different terminology.'),
        ('freeze-current-front-line', 'donbas-demilitarized-zone', 'ALTERNATIVE_TO',
         'Ukraine maintains that freezing current front-line positions offers the most realistic basis for a ceasefire.'),
        ('freeze-current-front-line', 'joint-civilian-administration', 'ALTERNATIVE_TO',
         'Ukraine maintains that freezing current front-line positions offers the most realistic basis for a ceasefire.'),
        ('ukrainian-withdrawal-from-donbas', 'freeze-current-front-line', 'ALTERNATIVE_TO',
         'Russia demands Ukrainian withdrawal from the region as a precondition for any agreement, Ukraine proposes to freeze the current front line.')
     ) AS v (proposal_slug, related_slug, kind, note)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal a ON a.negotiation_id = n.id AND a.slug = v.proposal_slug
JOIN proposal b ON b.negotiation_id = n.id AND b.slug = v.related_slug
ON CONFLICT ON CONSTRAINT proposal_relation_uk DO NOTHING;

-- Evidence for the proposals.
INSERT INTO proposal_citation (proposal_id, citation_id, bearing)
SELECT pr.id, c.id, 'SUPPORTS'
FROM (VALUES
        ('28-point-peace-plan', 'report',
         'The idea of establishing a demilitarized zone in the Donbas was initially included in the US-Russian 28-point peace plan. Under that proposal, Kyiv would withdraw its troops from the parts of Donetsk Oblast that it still controls.'),
        ('donbas-demilitarized-zone', 'report',
         'The idea of establishing a demilitarized zone in the Donbas was initially included in the US-Russian 28-point peace plan. Under that proposal, Kyiv would withdraw its troops from the parts of Donetsk Oblast that it still controls.'),
        ('joint-civilian-administration', 'report',
         'The proposal envisions withdrawing both Russian and Ukrainian troops from part of the Donbas in the country''s east and establishing a civilian authority to manage the area. It would be potentially staffed by both Ukrainian and Russian representatives.'),
        ('joint-civilian-administration', 'kyiv-independent',
         'The concept was first reported by the New York Times on February 18.'),
        ('joint-civilian-administration', 'report',
         'The concept was first reported by the New York Times on February 18.'),
        ('joint-civilian-administration', 'report',
         'The political logic behind such ideas appears designed to meet the Kremlin''s demand for Ukrainian withdrawal while presenting it under different terminology. "They are trying to disguise the withdrawal," Merezhko said.'),
        ('freeze-current-front-line', 'report',
         'Ukraine maintains that freezing current front-line positions offers the most realistic basis for a ceasefire.'),
        ('ukrainian-withdrawal-from-donbas', 'report',
         'Russia continues to demand that Ukrainian forces withdraw from the region as a precondition for any agreement - a demand that Kyiv has repeatedly rejected.')
     ) AS v (proposal_slug, source_slug, excerpt)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN source s ON s.slug = v.source_slug
JOIN citation c ON c.source_id = s.id AND c.excerpt = v.excerpt
ON CONFLICT ON CONSTRAINT proposal_citation_uk DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- The Geneva round
-- ---------------------------------------------------------------------------------------------

INSERT INTO round (negotiation_id, slug, title, place, starts_on, ends_on, format, outcome, mediator_party_id, summary)
SELECT n.id, 'geneva-2026-02-17', 'Geneva talks, 17–18 February 2026', 'Geneva',
       DATE '2026-02-17', DATE '2026-02-18', 'TRILATERAL', 'STALEMATE', us.id,
       'US-mediated talks at which Kyiv and Moscow discussed a joint Russian–Ukrainian civilian administration '
       || 'to run a demilitarized zone in the Donbas, an idea introduced by the US negotiators. '
       || 'The round again ended in a stalemate.'
FROM negotiation n
JOIN party us ON us.slug = 'united-states'
WHERE n.slug = 'russia-ukraine'
ON CONFLICT ON CONSTRAINT round_slug_uk DO NOTHING;

INSERT INTO round_party (round_id, party_id)
SELECT r.id, p.id
FROM (VALUES ('ukraine'), ('russia'), ('united-states')) AS v (party_slug)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN round r ON r.negotiation_id = n.id AND r.slug = 'geneva-2026-02-17'
JOIN party p ON p.slug = v.party_slug
ON CONFLICT ON CONSTRAINT round_party_pk DO NOTHING;

INSERT INTO round_citation (round_id, citation_id, bearing)
SELECT r.id, c.id, 'SUPPORTS'
FROM negotiation n
JOIN round r ON r.negotiation_id = n.id AND r.slug = 'geneva-2026-02-17'
JOIN source s ON s.slug = 'report'
JOIN citation c ON c.source_id = s.id
 AND c.excerpt = 'During the latest US-mediated negotiations in Geneva on February 17–18, Kyiv and Moscow discussed a joint Russian-Ukrainian civilian administration to run a demilitarized zone in the Donbas, Report informs via The Kyiv Independent. But Ukrainian officials say the proposal is unrealistic and unacceptable, and the recent round of talks again ended in a stalemate.'
WHERE n.slug = 'russia-ukraine'
ON CONFLICT ON CONSTRAINT round_citation_uk DO NOTHING;

INSERT INTO round_proposal (round_id, proposal_id, introduced_by_party_id, note)
SELECT r.id, pr.id, us.id,
       'Introduced by US negotiators as part of efforts to resolve the territorial dispute.'
FROM negotiation n
JOIN round r ON r.negotiation_id = n.id AND r.slug = 'geneva-2026-02-17'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = 'joint-civilian-administration'
JOIN party us ON us.slug = 'united-states'
WHERE n.slug = 'russia-ukraine'
ON CONFLICT ON CONSTRAINT round_proposal_uk DO NOTHING;

INSERT INTO round_proposal_citation (round_proposal_id, citation_id, bearing)
SELECT rp.id, c.id, 'SUPPORTS'
FROM (VALUES
        ('report',
         'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.'),
        ('kyiv-independent',
         'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.'),
        ('report',
         'During the latest US-mediated negotiations in Geneva on February 17–18, Kyiv and Moscow discussed a joint Russian-Ukrainian civilian administration to run a demilitarized zone in the Donbas, Report informs via The Kyiv Independent. But Ukrainian officials say the proposal is unrealistic and unacceptable, and the recent round of talks again ended in a stalemate.')
     ) AS v (source_slug, excerpt)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN round r ON r.negotiation_id = n.id AND r.slug = 'geneva-2026-02-17'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = 'joint-civilian-administration'
JOIN round_proposal rp ON rp.round_id = r.id AND rp.proposal_id = pr.id
JOIN source s ON s.slug = v.source_slug
JOIN citation c ON c.source_id = s.id AND c.excerpt = v.excerpt
ON CONFLICT ON CONSTRAINT round_proposal_citation_uk DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Claims with their evidence: what is said about a topic, why two proposals are related, and
-- the titles people held as of a date (issue 13, item 3). Kept together here; every row is
-- found by its natural key.
-- ---------------------------------------------------------------------------------------------

-- The topic's description used to carry the article's claim; it now says only what the topic is.
UPDATE topic SET description = 'Who controls and administers the Donbas, the Donetsk and Luhansk oblasts in Ukraine’s east.'
WHERE slug = 'status-of-donbas' AND description = 'The most contentious issue between Kyiv and Moscow.';

-- Report, 21 February 2026, via the Kyiv Independent's main report: the article's own assessment.
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous, via_citation_id)
SELECT s.id, DATE '2026-02-21', 'The status of the Donbas remains the most contentious issue between Kyiv and Moscow.',
       2, false, ki.id
FROM source s
CROSS JOIN (SELECT min(c.id) AS id FROM citation c JOIN source ks ON ks.id = c.source_id
            WHERE ks.slug = 'kyiv-independent' AND c.excerpt IS NULL
              AND c.via_citation_id IS NULL AND NOT c.anonymous) AS ki
WHERE s.slug = 'report'
  AND ki.id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt = 'The status of the Donbas remains the most contentious issue between Kyiv and Moscow.');

-- The claim, made by no party: the reporting outlet's own assessment, on the article's date.
INSERT INTO topic_claim (topic_id, claim, party_id, stated_on)
SELECT t.id, 'The status of the Donbas remains the most contentious issue between Kyiv and Moscow.', NULL,
       DATE '2026-02-21'
FROM topic t
WHERE t.slug = 'status-of-donbas'
  AND NOT EXISTS (SELECT 1 FROM topic_claim tc WHERE tc.topic_id = t.id
                  AND tc.claim = 'The status of the Donbas remains the most contentious issue between Kyiv and Moscow.');

INSERT INTO topic_claim_citation (claim_id, citation_id, bearing)
SELECT tc.id, c.id, 'SUPPORTS'
FROM topic_claim tc
JOIN topic t ON t.id = tc.topic_id AND t.slug = 'status-of-donbas'
JOIN citation c ON c.excerpt = 'The status of the Donbas remains the most contentious issue between Kyiv and Moscow.'
JOIN source s ON s.id = c.source_id AND s.slug = 'report'
WHERE tc.claim = 'The status of the Donbas remains the most contentious issue between Kyiv and Moscow.'
ON CONFLICT ON CONSTRAINT topic_claim_citation_uk DO NOTHING;

-- The analyst's reading of the lineage: the joint administration evolved from the DMZ.
INSERT INTO proposal_relation_citation (relation_id, citation_id, bearing)
SELECT rel.id, c.id, 'SUPPORTS'
FROM proposal_relation rel
JOIN proposal a ON a.id = rel.proposal_id AND a.slug = 'joint-civilian-administration'
JOIN proposal b ON b.id = rel.related_proposal_id AND b.slug = 'donbas-demilitarized-zone'
JOIN negotiation n ON n.id = a.negotiation_id AND n.slug = 'russia-ukraine'
JOIN citation c ON c.excerpt LIKE '%designed to meet the Kremlin''s demand for Ukrainian withdrawal while presenting it under different terminology%'
JOIN source s ON s.id = c.source_id AND s.slug = 'report'
WHERE rel.kind = 'EVOLVED_FROM'
ON CONFLICT ON CONSTRAINT proposal_relation_citation_uk DO NOTHING;

-- Titles as the article gives them, as of its date, each cited to the excerpt naming it.
INSERT INTO person_title (person_id, title, held_on)
SELECT p.id, v.title, DATE '2026-02-21'
FROM (VALUES ('oleksandr-merezhko', 'head of parliament''s foreign affairs committee'),
             ('yuri-ushakov', 'Russian presidential aide')) AS v (slug, title)
JOIN person p ON p.slug = v.slug
WHERE NOT EXISTS (SELECT 1 FROM person_title pt
                  WHERE pt.person_id = p.id AND pt.title = v.title AND pt.held_on = DATE '2026-02-21');

INSERT INTO person_title_citation (title_id, citation_id, bearing)
SELECT pt.id, c.id, 'SUPPORTS'
FROM (VALUES ('oleksandr-merezhko', 'head of parliament''s foreign affairs committee',
              'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said %he said.'),
             ('yuri-ushakov', 'Russian presidential aide',
              'Russian presidential aide Yuri Ushakov previously said %')) AS v (slug, title, excerpt)
JOIN person p ON p.slug = v.slug
JOIN person_title pt ON pt.person_id = p.id AND pt.title = v.title AND pt.held_on = DATE '2026-02-21'
JOIN citation c ON c.excerpt LIKE v.excerpt
JOIN source s ON s.id = c.source_id AND s.slug = 'report'
ON CONFLICT ON CONSTRAINT person_title_citation_uk DO NOTHING;

-- Report, 21 February 2026: Merezhko's words on the joint administration with the quote that
-- ends them, so that the fortified-districts position is cited to an excerpt naming its speaker,
-- what he spoke of, and the quote itself.
INSERT INTO citation (source_id, published_on, excerpt, credibility, anonymous, via_citation_id)
SELECT s.id, DATE '2026-02-21',
       'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said this would still effectively require Ukrainian troops to withdraw from fortified positions. "That''s the core of the problem. For us, this is unacceptable," he said. "We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over."',
       2, false, ki.id
FROM source s
CROSS JOIN (SELECT min(c.id) AS id FROM citation c JOIN source ks ON ks.id = c.source_id
            WHERE ks.slug = 'kyiv-independent' AND c.excerpt IS NULL
              AND c.via_citation_id IS NULL AND NOT c.anonymous) AS ki
WHERE s.slug = 'report'
  AND ki.id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM citation c
                  WHERE c.source_id = s.id
                    AND c.excerpt = 'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said this would still effectively require Ukrainian troops to withdraw from fortified positions. "That''s the core of the problem. For us, this is unacceptable," he said. "We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over."');

-- ---------------------------------------------------------------------------------------------
-- Positions. A position is identified by proposal, party, date, stance, speaker and quote.
-- Where the article only says a statement had been made by its date (21 February 2026, or
-- "previously"), stated_on is that date with precision ON_OR_BEFORE. Rows are inserted in a
-- fixed order (ord) so that a fresh load gives every position the same id as before.
-- ---------------------------------------------------------------------------------------------

-- Merezhko's "We cannot leave these fortified districts" answers the joint-administration idea
-- discussed at Geneva; it used to be filed under the withdrawal proposal. A record loaded before
-- keeps the position (and its id) and moves it; a fresh load inserts it in its place below.
UPDATE position po
SET proposal_id = jca.id,
    note = 'Said of the joint-administration idea discussed at Geneva, which would still effectively require Ukrainian troops to withdraw from fortified positions.'
FROM negotiation n
JOIN proposal wd ON wd.negotiation_id = n.id AND wd.slug = 'ukrainian-withdrawal-from-donbas'
JOIN proposal jca ON jca.negotiation_id = n.id AND jca.slug = 'joint-civilian-administration'
JOIN person sp ON sp.slug = 'oleksandr-merezhko'
WHERE n.slug = 'russia-ukraine'
  AND po.proposal_id = wd.id
  AND po.speaker_id = sp.id
  AND po.quote = 'We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.'
  AND NOT EXISTS (SELECT 1 FROM position o
                  WHERE o.proposal_id = jca.id AND o.party_id = po.party_id AND o.stated_on = po.stated_on
                    AND o.stance = po.stance AND o.speaker_id = po.speaker_id AND o.quote = po.quote);

-- Citations of a quoted position whose excerpt does not contain the quote: the fortified-districts
-- position was cited to Russia's demand, and "They are trying to disguise the withdrawal" to
-- Merezhko's doubt about workability (now an argument of that position, cited there).
DELETE FROM position_citation pc
USING position po, proposal pr, negotiation n, citation c, source s, (VALUES
        ('We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.', 'Russia continues to demand that Ukrainian forces withdraw from the region as a precondition for any agreement - a demand that Kyiv has repeatedly rejected.'),
        ('They are trying to disguise the withdrawal.', 'Merezhko added that he does not believe the project is workable and warned against drawing comparisons to historical precedents. "I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea," he said. But the lawmaker noted that the buffer zone on the Korean Peninsula is far shorter than Ukraine''s current front line, which stretches hundreds of kilometers.')
     ) AS v (quote, excerpt)
WHERE po.id = pc.position_id
  AND pr.id = po.proposal_id
  AND n.id = pr.negotiation_id AND n.slug = 'russia-ukraine'
  AND c.id = pc.citation_id
  AND s.id = c.source_id AND s.slug = 'report'
  AND po.quote = v.quote
  AND c.excerpt = v.excerpt;

INSERT INTO position (proposal_id, party_id, stated_on, stated_on_precision, stance, condition, speaker_id, quote, note, round_id)
SELECT pr.id, pa.id, v.stated_on, 'ON_OR_BEFORE', v.stance, v.condition, sp.id, v.quote, v.note,
       CASE WHEN v.at_round THEN
           (SELECT r.id FROM round r WHERE r.negotiation_id = n.id AND r.slug = 'geneva-2026-02-17')
       END
FROM (VALUES
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, NULL, NULL,
         'Ukrainian officials call the proposal unrealistic and unacceptable.', false, 4),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, 'oleksandr-merezhko',
         'That''s the core of the problem. For us, this is unacceptable.',
         'Merezhko said it would still effectively require Ukrainian troops to withdraw from fortified positions.', false, 5),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, 'oleksandr-merezhko',
         'They are trying to disguise the withdrawal.',
         'Merezhko does not believe the project is workable.', false, 6),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, 'oleksandr-merezhko',
         'I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea.',
         'Merezhko warned against comparisons to historical precedents: the buffer zone on the Korean Peninsula is far shorter than Ukraine''s current front line, which stretches hundreds of kilometres.', false, 7),
        ('donbas-demilitarized-zone', 'ukraine', DATE '2026-02-21', 'OPPOSES', NULL, NULL, NULL,
         'Ukrainian officials say even the concept of a demilitarized zone in Donetsk Oblast is difficult to imagine.', false, 1),
        ('ukrainian-withdrawal-from-donbas', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, NULL, NULL,
         'Kyiv has repeatedly rejected Russia''s demand that Ukrainian forces withdraw from the region.', false, 9),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, 'oleksandr-merezhko',
         'We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.',
         'Said of the joint-administration idea discussed at Geneva, which would still effectively require Ukrainian troops to withdraw from fortified positions.', false, 10),
        ('freeze-current-front-line', 'ukraine', DATE '2026-02-21', 'SUPPORTS', NULL, NULL, NULL,
         'Ukraine maintains that freezing current front-line positions offers the most realistic basis for a ceasefire.', false, 3),
        ('ukrainian-withdrawal-from-donbas', 'russia', DATE '2026-02-21', 'SUPPORTS', NULL, NULL, NULL,
         'Russia continues to demand it as a precondition for any agreement.', false, 11),
        ('donbas-demilitarized-zone', 'russia', DATE '2026-02-21', 'CONDITIONAL',
         'if Russian police or National Guard (Rosgvardiya) units are granted the right to patrol the demilitarized zone',
         'yuri-ushakov', NULL,
         'Ushakov "previously said" that Moscow could agree to such an arrangement. The article gives no date.', false, 2),
        ('joint-civilian-administration', 'united-states', DATE '2026-02-18', 'SUPPORTS', NULL, NULL, NULL,
         'The author of the idea: US negotiators introduced it at the Geneva talks of 17–18 February 2026 as part of efforts to resolve the territorial dispute.', true, 8)
     ) AS v (proposal_slug, party_slug, stated_on, stance, condition, speaker_slug, quote, note, at_round, ord)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN party pa ON pa.slug = v.party_slug
LEFT JOIN person sp ON sp.slug = v.speaker_slug
WHERE NOT EXISTS (SELECT 1 FROM position po
                  WHERE po.proposal_id = pr.id
                    AND po.party_id = pa.id
                    AND po.stated_on = v.stated_on
                    AND po.stance = v.stance
                    AND po.speaker_id IS NOT DISTINCT FROM sp.id
                    AND po.quote IS NOT DISTINCT FROM v.quote)
ORDER BY v.ord;

INSERT INTO position_citation (position_id, citation_id, bearing)
SELECT po.id, c.id, 'SUPPORTS'
FROM (VALUES
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, NULL, 'report',
         'But Ukrainian officials say the proposal is unrealistic and unacceptable, and the recent round of talks again ended in a stalemate.'),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, NULL, 'report',
         'Ukrainian officials say that even the concept of a demilitarized zone in Donetsk Oblast is difficult to imagine, let alone a joint civilian administration involving Russia.'),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', 'oleksandr-merezhko',
         'That''s the core of the problem. For us, this is unacceptable.', 'report',
         'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said this would still effectively require Ukrainian troops to withdraw from fortified positions. "That''s the core of the problem. For us, this is unacceptable," he said.'),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', 'oleksandr-merezhko',
         'They are trying to disguise the withdrawal.', 'report',
         'The political logic behind such ideas appears designed to meet the Kremlin''s demand for Ukrainian withdrawal while presenting it under different terminology. "They are trying to disguise the withdrawal," Merezhko said.'),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', 'oleksandr-merezhko',
         'I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea.', 'report',
         'Merezhko added that he does not believe the project is workable and warned against drawing comparisons to historical precedents. "I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea," he said. But the lawmaker noted that the buffer zone on the Korean Peninsula is far shorter than Ukraine''s current front line, which stretches hundreds of kilometers.'),
        ('donbas-demilitarized-zone', 'ukraine', DATE '2026-02-21', 'OPPOSES', NULL, NULL, 'report',
         'Ukrainian officials say that even the concept of a demilitarized zone in Donetsk Oblast is difficult to imagine, let alone a joint civilian administration involving Russia.'),
        ('ukrainian-withdrawal-from-donbas', 'ukraine', DATE '2026-02-21', 'REJECTS', NULL, NULL, 'report',
         'Russia continues to demand that Ukrainian forces withdraw from the region as a precondition for any agreement - a demand that Kyiv has repeatedly rejected.'),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', 'oleksandr-merezhko',
         'We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.', 'report',
         '"We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over."'),
        ('joint-civilian-administration', 'ukraine', DATE '2026-02-21', 'REJECTS', 'oleksandr-merezhko',
         'We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over.', 'report',
         'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said this would still effectively require Ukrainian troops to withdraw from fortified positions. "That''s the core of the problem. For us, this is unacceptable," he said. "We cannot leave these fortified districts of Donetsk Oblast and essentially hand them over."'),
        ('freeze-current-front-line', 'ukraine', DATE '2026-02-21', 'SUPPORTS', NULL, NULL, 'report',
         'Ukraine maintains that freezing current front-line positions offers the most realistic basis for a ceasefire.'),
        ('ukrainian-withdrawal-from-donbas', 'russia', DATE '2026-02-21', 'SUPPORTS', NULL, NULL, 'report',
         'Russia continues to demand that Ukrainian forces withdraw from the region as a precondition for any agreement - a demand that Kyiv has repeatedly rejected.'),
        ('donbas-demilitarized-zone', 'russia', DATE '2026-02-21', 'CONDITIONAL', 'yuri-ushakov', NULL, 'report',
         'Russian presidential aide Yuri Ushakov previously said that Moscow could agree to such an arrangement if Russian police or National Guard (Rosgvardiya) units were granted the right to patrol the demilitarized zone.'),
        ('joint-civilian-administration', 'united-states', DATE '2026-02-18', 'SUPPORTS', NULL, NULL, 'report',
         'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.'),
        ('joint-civilian-administration', 'united-states', DATE '2026-02-18', 'SUPPORTS', NULL, NULL, 'kyiv-independent',
         'The Kyiv Independent has learned from a person familiar with the discussions that US negotiators introduced the idea during recent talks as part of efforts to resolve the territorial dispute.')
     ) AS v (proposal_slug, party_slug, stated_on, stance, speaker_slug, quote, source_slug, excerpt)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN party pa ON pa.slug = v.party_slug
LEFT JOIN person sp ON sp.slug = v.speaker_slug
JOIN position po ON po.proposal_id = pr.id
                AND po.party_id = pa.id
                AND po.stated_on = v.stated_on
                AND po.stance = v.stance
                AND po.speaker_id IS NOT DISTINCT FROM sp.id
                AND po.quote IS NOT DISTINCT FROM v.quote
JOIN source s ON s.slug = v.source_slug
JOIN citation c ON c.source_id = s.id AND c.excerpt = v.excerpt
ON CONFLICT ON CONSTRAINT position_citation_uk DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Arguments and preconditions (issue 13, items 1 and 2): what Merezhko argues against the joint
-- administration, and Russia's demand that Ukrainian withdrawal come before any agreement. Each
-- argument is found by its position, kind and words, and cited to the excerpt that says it.
-- ---------------------------------------------------------------------------------------------

INSERT INTO position_argument (position_id, kind, argument, quote, about_proposal_id)
SELECT po.id, v.kind, v.argument, v.argument_quote, ab.id
FROM (VALUES
        ('joint-civilian-administration', 'ukraine', 'REJECTS', 'oleksandr-merezhko',
         'That''s the core of the problem. For us, this is unacceptable.', 'CONSEQUENCE',
         'It would still effectively require Ukrainian troops to withdraw from fortified positions.',
         NULL, 'joint-civilian-administration'),
        ('joint-civilian-administration', 'ukraine', 'REJECTS', 'oleksandr-merezhko',
         'They are trying to disguise the withdrawal.', 'FEASIBILITY',
         'He does not believe the project is workable.',
         NULL, 'joint-civilian-administration'),
        ('joint-civilian-administration', 'ukraine', 'REJECTS', 'oleksandr-merezhko',
         'I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea.',
         'PRECEDENT',
         'He warned against comparisons with the demilitarized zone between North and South Korea: the buffer zone on the Korean Peninsula is far shorter than Ukraine''s current front line, which stretches hundreds of kilometres.',
         'I understand that the Americans think in terms of historical analogies, like the demilitarized zone between North Korea and South Korea.',
         'donbas-demilitarized-zone'),
        ('ukrainian-withdrawal-from-donbas', 'russia', 'SUPPORTS', NULL, NULL, 'PRECONDITION',
         'Ukrainian forces must withdraw from the region before any agreement.',
         NULL, NULL)
     ) AS v (proposal_slug, party_slug, stance, speaker_slug, quote, kind, argument, argument_quote, about_slug)
JOIN negotiation n ON n.slug = 'russia-ukraine'
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = v.proposal_slug
JOIN party pa ON pa.slug = v.party_slug
LEFT JOIN person sp ON sp.slug = v.speaker_slug
LEFT JOIN proposal ab ON ab.negotiation_id = n.id AND ab.slug = v.about_slug
JOIN position po ON po.proposal_id = pr.id
                AND po.party_id = pa.id
                AND po.stated_on = DATE '2026-02-21'
                AND po.stance = v.stance
                AND po.speaker_id IS NOT DISTINCT FROM sp.id
                AND po.quote IS NOT DISTINCT FROM v.quote
WHERE NOT EXISTS (SELECT 1 FROM position_argument a
                  WHERE a.position_id = po.id AND a.kind = v.kind AND a.argument = v.argument)
ORDER BY po.id, v.kind;

INSERT INTO position_argument_citation (argument_id, citation_id, bearing)
SELECT a.id, c.id, 'SUPPORTS'
FROM (VALUES
        ('CONSEQUENCE', 'It would still effectively require Ukrainian troops to withdraw from fortified positions.',
         'Oleksandr Merezhko, head of parliament''s foreign affairs committee, said this would still effectively require Ukrainian troops to withdraw from fortified positions.%he said.'),
        ('FEASIBILITY', 'He does not believe the project is workable.',
         'Merezhko added that he does not believe the project is workable%'),
        ('PRECEDENT', 'He warned against comparisons with the demilitarized zone between North and South Korea: the buffer zone on the Korean Peninsula is far shorter than Ukraine''s current front line, which stretches hundreds of kilometres.',
         'Merezhko added that he does not believe the project is workable and warned against drawing comparisons to historical precedents.%'),
        ('PRECONDITION', 'Ukrainian forces must withdraw from the region before any agreement.',
         'Russia continues to demand that Ukrainian forces withdraw from the region as a precondition for any agreement%')
     ) AS v (kind, argument, excerpt)
JOIN position_argument a ON a.kind = v.kind AND a.argument = v.argument
JOIN position po ON po.id = a.position_id
JOIN proposal pr ON pr.id = po.proposal_id
JOIN negotiation n ON n.id = pr.negotiation_id AND n.slug = 'russia-ukraine'
JOIN citation c ON c.excerpt LIKE v.excerpt
JOIN source s ON s.id = c.source_id AND s.slug = 'report'
ON CONFLICT ON CONSTRAINT position_argument_citation_uk DO NOTHING;

-- Russia makes the withdrawal a precondition of any agreement: of every other proposal on the
-- table of the negotiation.
INSERT INTO position_precondition (position_id, proposal_id)
SELECT po.id, other.id
FROM negotiation n
JOIN proposal pr ON pr.negotiation_id = n.id AND pr.slug = 'ukrainian-withdrawal-from-donbas'
JOIN party pa ON pa.slug = 'russia'
JOIN position po ON po.proposal_id = pr.id AND po.party_id = pa.id AND po.stated_on = DATE '2026-02-21'
                AND po.stance = 'SUPPORTS' AND po.speaker_id IS NULL
JOIN proposal other ON other.negotiation_id = n.id
                   AND other.slug IN ('28-point-peace-plan', 'donbas-demilitarized-zone',
                                      'joint-civilian-administration', 'freeze-current-front-line')
WHERE n.slug = 'russia-ukraine'
ORDER BY other.id
ON CONFLICT ON CONSTRAINT position_precondition_uk DO NOTHING;

-- Search aliases: terms search treats as one (the editors' list at /aliases). A group is added
-- only while its first term is in none, so loading again changes nothing.
WITH g AS (INSERT INTO alias_group (note)
           SELECT 'The zone the 28-point plan proposed for the Donbas.'
           WHERE NOT EXISTS (SELECT 1 FROM alias_term WHERE lower(term) = 'dmz')
           RETURNING id)
INSERT INTO alias_term (alias_group_id, term)
SELECT g.id, t.term FROM g, (VALUES ('DMZ'), ('demilitarized zone'), ('demilitarised zone')) AS t (term);

WITH g AS (INSERT INTO alias_group (note)
           SELECT 'American and British spelling.'
           WHERE NOT EXISTS (SELECT 1 FROM alias_term WHERE lower(term) = 'demilitarized')
           RETURNING id)
INSERT INTO alias_term (alias_group_id, term)
SELECT g.id, t.term FROM g, (VALUES ('demilitarized'), ('demilitarised')) AS t (term);

WITH g AS (INSERT INTO alias_group (note)
           SELECT 'American and British spelling.'
           WHERE NOT EXISTS (SELECT 1 FROM alias_term WHERE lower(term) = 'demilitarization')
           RETURNING id)
INSERT INTO alias_term (alias_group_id, term)
SELECT g.id, t.term FROM g, (VALUES ('demilitarization'), ('demilitarisation')) AS t (term);

WITH g AS (INSERT INTO alias_group (note)
           SELECT 'The Ukrainian spelling (Donbas) and the older, Russian-derived one (Donbass).'
           WHERE NOT EXISTS (SELECT 1 FROM alias_term WHERE lower(term) = 'donbas')
           RETURNING id)
INSERT INTO alias_term (alias_group_id, term)
SELECT g.id, t.term FROM g, (VALUES ('Donbas'), ('Donbass'), ('Донбас'), ('Донбасс')) AS t (term);

WITH g AS (INSERT INTO alias_group (note)
           SELECT 'Russia’s National Guard, in its transliterations and in Russian.'
           WHERE NOT EXISTS (SELECT 1 FROM alias_term WHERE lower(term) = 'rosgvardiya')
           RETURNING id)
INSERT INTO alias_term (alias_group_id, term)
SELECT g.id, t.term FROM g, (VALUES ('Rosgvardiya'), ('Rosgvardia'), ('National Guard'), ('Росгвардия')) AS t (term);
