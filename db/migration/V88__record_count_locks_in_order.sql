-- Two saves that add rows to two counted tables in opposite orders (a proposal then a position, a
-- position then a proposal) would each hold one count and wait for the other's: a deadlock. Every
-- counting statement now locks all the counts in one order first, so a transaction holding one holds
-- them all and none waits for another that waits for it.
CREATE OR REPLACE FUNCTION record_count_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM record_count ORDER BY table_name FOR UPDATE;
    UPDATE record_count SET row_count = row_count + (SELECT count(*) FROM added) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION record_count_after_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM record_count ORDER BY table_name FOR UPDATE;
    UPDATE record_count SET row_count = row_count - (SELECT count(*) FROM removed) WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION record_count_after_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM record_count ORDER BY table_name FOR UPDATE;
    UPDATE record_count SET row_count = 0 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;
