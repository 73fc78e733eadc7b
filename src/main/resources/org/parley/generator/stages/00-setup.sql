-- Helpers for this session only (pg_temp), inlined by the planner: a seeded hash per row and salt,
-- a phrase chosen by it, the language of a row, slugs, and the audit trail's change objects.
CREATE FUNCTION pg_temp.h(n bigint, salt int) RETURNS bigint IMMUTABLE LANGUAGE sql AS
'SELECT hashint8extended(n, salt + ${seed}) & 9223372036854775807';

CREATE FUNCTION pg_temp.pick(words text[], n bigint, salt int) RETURNS text IMMUTABLE LANGUAGE sql AS
'SELECT words[1 + pg_temp.h(n, salt) % cardinality(words)]';

-- 0 English, 1 Ukrainian, 2 Russian: about one row in eight is in Cyrillic.
CREATE FUNCTION pg_temp.tongue(n bigint, salt int) RETURNS int IMMUTABLE LANGUAGE sql AS
'SELECT CASE WHEN pg_temp.h(n, salt) % 100 < 6 THEN 1 WHEN pg_temp.h(n, salt) % 100 < 12 THEN 2 ELSE 0 END';

CREATE FUNCTION pg_temp.say(tongue int, en text[], uk text[], ru text[], n bigint, salt int) RETURNS text
IMMUTABLE LANGUAGE sql AS
'SELECT CASE tongue WHEN 1 THEN pg_temp.pick(uk, n, salt) WHEN 2 THEN pg_temp.pick(ru, n, salt)
 ELSE pg_temp.pick(en, n, salt) END';

CREATE FUNCTION pg_temp.slug(name text, id bigint, fallback text) RETURNS text IMMUTABLE LANGUAGE sql AS
'SELECT coalesce(nullif(left(trim(both ''-'' from regexp_replace(lower(name), ''[^a-z0-9]+'', ''-'', ''g'')), 80), ''''),
 fallback) || ''-'' || id';

-- About one record in ten was revised after it was made: two more versions in its audit trail.
CREATE FUNCTION pg_temp.revised(id bigint, salt int) RETURNS boolean IMMUTABLE LANGUAGE sql AS
'SELECT pg_temp.h(id, salt) % 10 = 0';

-- The n-th of total records belongs to this negotiation; a negotiation's records are consecutive.
CREATE FUNCTION pg_temp.negotiation_of(n bigint, total bigint) RETURNS int IMMUTABLE LANGUAGE sql AS
'SELECT (1 + ((n - 1) * ${negotiations}) / total)::int';

CREATE FUNCTION pg_temp.first_of(g bigint, total bigint) RETURNS bigint IMMUTABLE LANGUAGE sql AS
'SELECT ((g - 1) * total + ${negotiations} - 1) / ${negotiations} + 1';

-- The j-th party of negotiation g (j = 0 .. its party count; the last is the mediator).
CREATE FUNCTION pg_temp.party_of(g bigint, j bigint) RETURNS bigint IMMUTABLE LANGUAGE sql AS
'SELECT 1 + ((g - 1) * 3 + j) % ${parties}';

-- A person of a party: party p has people p, p + parties, p + 2 * parties ...
CREATE FUNCTION pg_temp.speaker_of(party bigint, n bigint) RETURNS bigint IMMUTABLE LANGUAGE sql AS
'SELECT party + ${parties} * (pg_temp.h(n, 97) % (${people} / ${parties}))';

-- What the audit listener records: a field set on creation (as JSON text, or nothing when unset),
-- the object of all fields set, and a field changed.
CREATE FUNCTION pg_temp.was_set(field text, value text) RETURNS text IMMUTABLE LANGUAGE sql AS
'SELECT CASE WHEN value IS NOT NULL THEN ''"'' || field || ''":{"from":null,"to":'' || to_json(value)::text || ''}'' END';

CREATE FUNCTION pg_temp.recorded(VARIADIC fields text[]) RETURNS jsonb IMMUTABLE LANGUAGE sql AS
'SELECT (''{'' || array_to_string(fields, '','') || ''}'')::jsonb';

CREATE FUNCTION pg_temp.changed(field text, before text, after text) RETURNS jsonb IMMUTABLE LANGUAGE sql AS
'SELECT jsonb_build_object(field, jsonb_build_object(''from'', before, ''to'', after))';

-- One save of one record is one transaction: kind, record and save (0 made, 1 and 2 revised).
CREATE FUNCTION pg_temp.save(kind int, id bigint, save int) RETURNS bigint IMMUTABLE LANGUAGE sql AS
'SELECT 1000000000000 + kind * 10000000000 + id * 4 + save';

CREATE FUNCTION pg_temp.editor(kind int, id bigint, save int) RETURNS text IMMUTABLE LANGUAGE sql AS
'SELECT pg_temp.pick(pg_temp.w_editor(), id * 4 + save, kind)';

-- Where each negotiation's records lie: its dates, its parties and the block of each kind of record.
CREATE TEMP TABLE plan ON COMMIT DROP AS
SELECT g,
       date '2012-01-01' + ((g - 1) * 211) % 2555 AS starts,
       720 + (g * 131) % 1460 AS span,
       3 + g % 2 AS party_count,
       pg_temp.first_of(g, ${rounds}) AS round_first,
       pg_temp.first_of(g + 1, ${rounds}) - pg_temp.first_of(g, ${rounds}) AS round_count,
       pg_temp.first_of(g, ${proposals}) AS proposal_first,
       pg_temp.first_of(g + 1, ${proposals}) - pg_temp.first_of(g, ${proposals}) AS proposal_count,
       pg_temp.first_of(g, ${citations}) AS citation_first,
       pg_temp.first_of(g + 1, ${citations}) - pg_temp.first_of(g, ${citations}) AS citation_count
FROM generate_series(1, ${negotiations}) g;

ALTER TABLE plan ADD PRIMARY KEY (g);

-- A name said n times, comma-separated (nothing when n is 0), as record_change lists a save's parts.
CREATE FUNCTION pg_temp.repeat_names(name text, n bigint) RETURNS text IMMUTABLE LANGUAGE sql AS
'SELECT CASE WHEN n > 0 THEN left(repeat(name || '','', n::int), -1) END';
