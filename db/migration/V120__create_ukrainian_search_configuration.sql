-- A text search configuration for Ukrainian. PostgreSQL ships no Ukrainian stemmer (its Snowball
-- stemmers include Russian, not Ukrainian), so this one is a copy of 'simple': every word kept as
-- written, lower-cased, and no stop-word list that could drop a meaningful word. It is named so
-- that the search vectors and queries say which language they mean, and so that a real
-- dictionary (a hunspell uk_UA one, say) can later be mapped into it with
-- ALTER TEXT SEARCH CONFIGURATION ukrainian ALTER MAPPING … followed by a rewrite of the vectors.
-- Inflected Ukrainian forms still often meet through the 'russian' stemmer, which the vectors
-- also apply to Cyrillic text ("Мережко" and "Мережка" both stem to "мережк").
CREATE TEXT SEARCH CONFIGURATION ukrainian (COPY = simple);
