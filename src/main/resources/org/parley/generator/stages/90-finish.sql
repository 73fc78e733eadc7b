-- Identities continue after the generated ids, and the planner learns the new sizes.
SELECT setval(pg_get_serial_sequence('negotiation', 'id'), (SELECT max(id) FROM negotiation));
SELECT setval(pg_get_serial_sequence('negotiation_party', 'id'), (SELECT max(id) FROM negotiation_party));
SELECT setval(pg_get_serial_sequence('party', 'id'), (SELECT max(id) FROM party));
SELECT setval(pg_get_serial_sequence('topic', 'id'), (SELECT max(id) FROM topic));
SELECT setval(pg_get_serial_sequence('region', 'id'), (SELECT max(id) FROM region));
SELECT setval(pg_get_serial_sequence('source', 'id'), (SELECT max(id) FROM source));
SELECT setval(pg_get_serial_sequence('person', 'id'), (SELECT max(id) FROM person));
SELECT setval(pg_get_serial_sequence('citation', 'id'), (SELECT max(id) FROM citation));
SELECT setval(pg_get_serial_sequence('proposal', 'id'), (SELECT max(id) FROM proposal));
SELECT setval(pg_get_serial_sequence('round', 'id'), (SELECT max(id) FROM round));
SELECT setval(pg_get_serial_sequence('position', 'id'), (SELECT max(id) FROM position));
