-- The audit trail as the application's listener writes it: one CREATE per record, its fields as
-- {"field": {"from": null, "to": value}} (references by id, sets as "[1, 2]"), one transaction per save.
-- Kinds: 1 Negotiation, 2 Party, 3 Person, 4 Source, 5 Citation, 6 Proposal, 7 Round, 8 Position,
-- 9 Topic, 10 Region, 11 NegotiationParty.
INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(1, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Negotiation', id::text,
       pg_temp.recorded(pg_temp.was_set('slug', slug), pg_temp.was_set('title', title), pg_temp.was_set('description', description)),
       pg_temp.save(1, id, 0)
FROM negotiation ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(11, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'NegotiationParty', id::text,
       pg_temp.recorded(pg_temp.was_set('negotiation', negotiation_id::text), pg_temp.was_set('party', party_id::text), pg_temp.was_set('role', role)),
       pg_temp.save(11, id, 0)
FROM negotiation_party ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(2, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Party', id::text,
       pg_temp.recorded(pg_temp.was_set('slug', slug), pg_temp.was_set('name', name), pg_temp.was_set('shortName', short_name), pg_temp.was_set('kind', kind), pg_temp.was_set('countryCode', country_code)),
       pg_temp.save(2, id, 0)
FROM party ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(9, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Topic', id::text,
       pg_temp.recorded(pg_temp.was_set('slug', slug), pg_temp.was_set('name', name), pg_temp.was_set('description', description)),
       pg_temp.save(9, id, 0)
FROM topic ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(10, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Region', id::text,
       pg_temp.recorded(pg_temp.was_set('slug', slug), pg_temp.was_set('name', name), pg_temp.was_set('countryCode', country_code), pg_temp.was_set('parent', parent_id::text)),
       pg_temp.save(10, id, 0)
FROM region ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(4, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Source', id::text,
       pg_temp.recorded(pg_temp.was_set('slug', slug), pg_temp.was_set('name', name), pg_temp.was_set('kind', kind), pg_temp.was_set('homepage', homepage), pg_temp.was_set('countryCode', country_code), pg_temp.was_set('language', language), pg_temp.was_set('reliability', reliability), pg_temp.was_set('reliabilityNote', reliability_note), pg_temp.was_set('status', status)),
       pg_temp.save(4, id, 0)
FROM source ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(3, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Person', id::text,
       pg_temp.recorded(pg_temp.was_set('slug', slug), pg_temp.was_set('fullName', full_name), pg_temp.was_set('nativeName', native_name), pg_temp.was_set('title', title), pg_temp.was_set('party', party_id::text)),
       pg_temp.save(3, id, 0)
FROM person ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(5, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Citation', id::text,
       pg_temp.recorded(pg_temp.was_set('source', source_id::text), pg_temp.was_set('url', url), pg_temp.was_set('headline', headline), pg_temp.was_set('publishedOn', published_on::text), pg_temp.was_set('excerpt', CASE WHEN version = 0 THEN excerpt END), pg_temp.was_set('credibility', CASE WHEN version = 0 THEN credibility::text ELSE '6' END), pg_temp.was_set('anonymous', anonymous::text), pg_temp.was_set('anonymousDescription', anonymous_description), pg_temp.was_set('via', via_citation_id::text)),
       pg_temp.save(5, id, 0)
FROM citation ORDER BY id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT pr.created_at, pg_temp.editor(6, pr.id, 0), '10.20.0.' || (1 + pr.id % 9), 'CREATE', 'Proposal', pr.id::text,
       pg_temp.recorded(pg_temp.was_set('negotiation', pr.negotiation_id::text), pg_temp.was_set('slug', pr.slug), pg_temp.was_set('title', pr.title), pg_temp.was_set('summary', pr.summary), pg_temp.was_set('status', CASE WHEN pr.version = 0 THEN pr.status ELSE 'FLOATED' END), pg_temp.was_set('disclosure', pr.disclosure), pg_temp.was_set('firstReportedOn', pr.first_reported_on::text), pg_temp.was_set('firstReportedCitation', pr.first_reported_citation_id::text), pg_temp.was_set('proposers', coalesce(pp.ids, '[]')), pg_temp.was_set('topics', coalesce(pt.ids, '[]')), pg_temp.was_set('regions', coalesce(pg.ids, '[]'))),
       pg_temp.save(6, pr.id, 0)
FROM proposal pr
LEFT JOIN (SELECT proposal_id, '[' || string_agg(party_id::text, ', ' ORDER BY party_id) || ']' AS ids
           FROM proposal_proposer GROUP BY proposal_id) pp ON pp.proposal_id = pr.id
LEFT JOIN (SELECT proposal_id, '[' || string_agg(topic_id::text, ', ' ORDER BY topic_id) || ']' AS ids
           FROM proposal_topic GROUP BY proposal_id) pt ON pt.proposal_id = pr.id
LEFT JOIN (SELECT proposal_id, '[' || string_agg(region_id::text, ', ' ORDER BY region_id) || ']' AS ids
           FROM proposal_region GROUP BY proposal_id) pg ON pg.proposal_id = pr.id
ORDER BY pr.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT r.created_at, pg_temp.editor(7, r.id, 0), '10.20.0.' || (1 + r.id % 9), 'CREATE', 'Round', r.id::text,
       pg_temp.recorded(pg_temp.was_set('negotiation', r.negotiation_id::text), pg_temp.was_set('slug', r.slug), pg_temp.was_set('title', r.title), pg_temp.was_set('place', r.place), pg_temp.was_set('startsOn', r.starts_on::text), pg_temp.was_set('endsOn', r.ends_on::text), pg_temp.was_set('format', r.format), pg_temp.was_set('outcome', CASE WHEN r.version = 0 THEN r.outcome ELSE 'UNKNOWN' END), pg_temp.was_set('mediator', r.mediator_party_id::text), pg_temp.was_set('summary', CASE WHEN r.version = 0 THEN r.summary END), pg_temp.was_set('parties', coalesce(rp.ids, '[]')), pg_temp.was_set('delegates', coalesce(rd.ids, '[]'))),
       pg_temp.save(7, r.id, 0)
FROM round r
LEFT JOIN (SELECT round_id, '[' || string_agg(party_id::text, ', ' ORDER BY party_id) || ']' AS ids
           FROM round_party GROUP BY round_id) rp ON rp.round_id = r.id
LEFT JOIN (SELECT round_id, '[' || string_agg(person_id::text, ', ' ORDER BY person_id) || ']' AS ids
           FROM round_delegate GROUP BY round_id) rd ON rd.round_id = r.id
ORDER BY r.id;

INSERT INTO audit_event (occurred_at, actor, actor_address, action, entity_type, entity_id, changes, transaction_id)
SELECT created_at, pg_temp.editor(8, id, 0), '10.20.0.' || (1 + id % 9), 'CREATE', 'Position', id::text,
       pg_temp.recorded(pg_temp.was_set('proposal', proposal_id::text), pg_temp.was_set('party', party_id::text), pg_temp.was_set('statedOn', stated_on::text), pg_temp.was_set('statedOnPrecision', stated_on_precision), pg_temp.was_set('stance', stance), pg_temp.was_set('condition', condition), pg_temp.was_set('speaker', CASE WHEN version = 0 THEN speaker_id::text END), pg_temp.was_set('quote', quote), pg_temp.was_set('note', CASE WHEN version = 0 THEN note END), pg_temp.was_set('round', round_id::text)),
       pg_temp.save(8, id, 0)
FROM position ORDER BY id;
