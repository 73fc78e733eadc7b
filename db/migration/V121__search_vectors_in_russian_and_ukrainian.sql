-- Search in Russian and Ukrainian as well as English. Each search vector now holds its text
--   * through 'english' (stems), as before;
--   * through 'ukrainian' (V120: the words as written, as 'simple' did before; the same lexemes,
--     so a query through 'simple' still matches);
--   * through 'russian' (Snowball stems: "Росгвардии" finds "Росгвардия"), only for text that
--     holds Cyrillic letters: Latin text would only repeat the English stems, and skipping it
--     keeps the rewrite of a large record (1,000,000 citations at scale 1) short.
-- Queries match with to_tsquery over 'english', 'ukrainian' and 'russian', or-ed (SearchReader).
-- SET EXPRESSION (PostgreSQL 17) recomputes each stored vector in one rewrite of its table and
-- rebuilds the table's indexes, the GIN index on the vector included.

ALTER TABLE round
    ALTER COLUMN search_vector SET EXPRESSION AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(place, '') || ' ' || coalesce(summary, '')), 'B')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(place, '') || ' ' || coalesce(summary, '')), 'B')
        || (CASE WHEN (coalesce(title, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(title, '')), 'A')
             ELSE ''::tsvector END)
        || (CASE WHEN (coalesce(place, '') || ' ' || coalesce(summary, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(place, '') || ' ' || coalesce(summary, '')), 'B')
             ELSE ''::tsvector END)
    );

ALTER TABLE proposal
    ALTER COLUMN search_vector SET EXPRESSION AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(summary, '')), 'B')
        || (CASE WHEN (coalesce(title, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(title, '')), 'A')
             ELSE ''::tsvector END)
        || (CASE WHEN (coalesce(summary, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(summary, '')), 'B')
             ELSE ''::tsvector END)
    );

ALTER TABLE proposal_point
    ALTER COLUMN search_vector SET EXPRESSION AS (
        setweight(to_tsvector('english'::regconfig, coalesce(label, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(text, '')), 'B')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(label, '')), 'A')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(text, '')), 'B')
        || (CASE WHEN (coalesce(label, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(label, '')), 'A')
             ELSE ''::tsvector END)
        || (CASE WHEN (coalesce(text, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(text, '')), 'B')
             ELSE ''::tsvector END)
    );

ALTER TABLE position
    ALTER COLUMN search_vector SET EXPRESSION AS (
        setweight(to_tsvector('english'::regconfig, coalesce(condition, '') || ' ' || coalesce(quote, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(note, '')), 'B')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(condition, '') || ' ' || coalesce(quote, '')), 'A')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(note, '')), 'B')
        || (CASE WHEN (coalesce(condition, '') || ' ' || coalesce(quote, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(condition, '') || ' ' || coalesce(quote, '')), 'A')
             ELSE ''::tsvector END)
        || (CASE WHEN (coalesce(note, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(note, '')), 'B')
             ELSE ''::tsvector END)
    );

ALTER TABLE person
    ALTER COLUMN search_vector SET EXPRESSION AS (
        setweight(to_tsvector('english'::regconfig, coalesce(full_name, '') || ' ' || coalesce(native_name, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(full_name, '') || ' ' || coalesce(native_name, '')), 'A')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(title, '')), 'B')
        || (CASE WHEN (coalesce(full_name, '') || ' ' || coalesce(native_name, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(full_name, '') || ' ' || coalesce(native_name, '')), 'A')
             ELSE ''::tsvector END)
        || (CASE WHEN (coalesce(title, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(title, '')), 'B')
             ELSE ''::tsvector END)
    );

ALTER TABLE citation
    ALTER COLUMN search_vector SET EXPRESSION AS (
        setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(excerpt, '')), 'B')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(headline, '')), 'A')
        || setweight(to_tsvector('ukrainian'::regconfig, coalesce(excerpt, '')), 'B')
        || (CASE WHEN (coalesce(headline, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(headline, '')), 'A')
             ELSE ''::tsvector END)
        || (CASE WHEN (coalesce(excerpt, '')) ~ '[Ѐ-ӿ]' THEN setweight(to_tsvector('russian'::regconfig, coalesce(excerpt, '')), 'B')
             ELSE ''::tsvector END)
    );
