-- A source merged into another is retired and points to the one kept, so old links still lead somewhere.
ALTER TABLE source
    ADD COLUMN merged_into_id bigint CONSTRAINT source_merged_into_fk REFERENCES source (id),
    ADD CONSTRAINT source_not_merged_into_itself_ck CHECK (merged_into_id <> id),
    ADD CONSTRAINT source_merged_is_retired_ck CHECK (merged_into_id IS NULL OR status = 'RETIRED');
CREATE INDEX source_merged_into_ix ON source (merged_into_id);
-- The admin list sorts by name.
CREATE INDEX source_name_ix ON source (lower(name), id);
