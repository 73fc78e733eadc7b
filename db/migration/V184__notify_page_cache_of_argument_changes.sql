-- The pages show arguments and preconditions: their tables notify the kept pages as V170's do.
CREATE TRIGGER position_argument_notify_pages_tg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON position_argument
    FOR EACH STATEMENT EXECUTE FUNCTION parley_records_changed();
CREATE TRIGGER position_argument_citation_notify_pages_tg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON position_argument_citation
    FOR EACH STATEMENT EXECUTE FUNCTION parley_records_changed();
CREATE TRIGGER position_precondition_notify_pages_tg AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON position_precondition
    FOR EACH STATEMENT EXECUTE FUNCTION parley_records_changed();
