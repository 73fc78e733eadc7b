-- Full-text search, kept up to date by the database itself: each searchable table gets a stored
-- generated tsvector, recomputed by PostgreSQL whenever a row is inserted or updated, and a GIN index.
--
-- Each vector holds the text twice:
--   * through the 'english' configuration, so "withdraw" finds "withdrawal" and "withdrawing";
--   * through the 'simple' configuration, which keeps every word as written (lower-cased), so
--     Ukrainian and Russian names in Cyrillic ("Мережко") are found at least by the exact word.
-- Titles and names weigh A, body text B, so ts_rank_cd ranks a hit in a title first.
-- Queries match with: websearch_to_tsquery('english', q) || websearch_to_tsquery('simple', q).
-- The entities do not map these columns; Hibernate's validation ignores columns it does not know.

ALTER TABLE round
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(place, '') || ' ' || coalesce(summary, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(place, '') || ' ' || coalesce(summary, '')), 'B')
    ) STORED;
CREATE INDEX round_search_ix ON round USING gin (search_vector);

ALTER TABLE proposal
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B')
    ) STORED;
CREATE INDEX proposal_search_ix ON proposal USING gin (search_vector);

ALTER TABLE proposal_point
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(label, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(text, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(label, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(text, '')), 'B')
    ) STORED;
CREATE INDEX proposal_point_search_ix ON proposal_point USING gin (search_vector);

-- A position has no title: what the party said (condition, quote) weighs A, the editor's note B.
ALTER TABLE position
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(condition, '') || ' ' || coalesce(quote, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(note, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(condition, '') || ' ' || coalesce(quote, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(note, '')), 'B')
    ) STORED;
CREATE INDEX position_search_ix ON position USING gin (search_vector);

ALTER TABLE person
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(full_name, '') || ' ' || coalesce(native_name, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(full_name, '') || ' ' || coalesce(native_name, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'B')
    ) STORED;
CREATE INDEX person_search_ix ON person USING gin (search_vector);

ALTER TABLE citation
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(excerpt, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(headline, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(excerpt, '')), 'B')
    ) STORED;
CREATE INDEX citation_search_ix ON citation USING gin (search_vector);
