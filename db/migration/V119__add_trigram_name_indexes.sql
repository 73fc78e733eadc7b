-- Forgiving search: a name or title typed a little wrong ("Merezko" for Merezhko) is found by
-- trigram similarity (pg_trgm). pg_trgm is a trusted extension, so the database owner the
-- application runs as may create it without being a superuser.
-- Search matches names and titles with strict_word_similarity (the <<% operator) and "did you
-- mean" suggests the nearest one with word_similarity (<%): both are served by these GIN indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX round_title_trgm_ix ON round USING gin (title gin_trgm_ops);
CREATE INDEX proposal_title_trgm_ix ON proposal USING gin (title gin_trgm_ops);
CREATE INDEX person_full_name_trgm_ix ON person USING gin (full_name gin_trgm_ops);
CREATE INDEX person_native_name_trgm_ix ON person USING gin (native_name gin_trgm_ops);
CREATE INDEX party_name_trgm_ix ON party USING gin (name gin_trgm_ops);
CREATE INDEX topic_name_trgm_ix ON topic USING gin (name gin_trgm_ops);
CREATE INDEX region_name_trgm_ix ON region USING gin (name gin_trgm_ops);
CREATE INDEX source_name_trgm_ix ON source USING gin (name gin_trgm_ops);
