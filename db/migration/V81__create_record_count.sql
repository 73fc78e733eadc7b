-- How many rows the start page's record kinds hold, kept by the database in the same transaction as
-- each insert and delete, so the start page reads six numbers instead of counting a million rows.
CREATE TABLE record_count (
    table_name varchar(63) NOT NULL CONSTRAINT record_count_pk PRIMARY KEY,
    row_count  bigint      NOT NULL,
    CONSTRAINT record_count_not_negative_ck CHECK (row_count >= 0)
);

CREATE FUNCTION record_count_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE record_count SET row_count = row_count + (SELECT count(*) FROM added) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE FUNCTION record_count_after_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE record_count SET row_count = row_count - (SELECT count(*) FROM removed) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE FUNCTION record_count_after_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE record_count SET row_count = 0 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

-- The table is locked while counting, so no insert slips between the count and the trigger.
DO
$$
DECLARE
    counted text;
BEGIN
    FOREACH counted IN ARRAY ARRAY['negotiation', 'round', 'proposal', 'position', 'source', 'citation'] LOOP
        EXECUTE format('LOCK TABLE %I IN SHARE MODE', counted);
        EXECUTE format('INSERT INTO record_count (table_name, row_count) SELECT %L, count(*) FROM %I', counted, counted);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS added '
                       'FOR EACH STATEMENT EXECUTE FUNCTION record_count_after_insert()', counted || '_count_insert_tg', counted);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS removed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION record_count_after_delete()', counted || '_count_delete_tg', counted);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION record_count_after_truncate()', counted || '_count_truncate_tg', counted);
    END LOOP;
END;
$$;
