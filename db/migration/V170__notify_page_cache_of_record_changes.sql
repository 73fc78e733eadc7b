-- Rendered pages are kept for repeated reads (pagecache.RenderedPages) until the record changes.
-- Each statement that changes a table pages read from notifies the channel parley_records; the
-- notification is delivered only when its transaction commits (and once per transaction), so a
-- listener drops its pages exactly when the change becomes visible, whoever made it: this
-- instance, another one, a migration or psql. Tables no page shows, or written on every request
-- (sessions, sign-in attempts, webhook deliveries), notify nobody.
CREATE FUNCTION parley_records_changed() RETURNS trigger
	LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('parley_records', '');
	RETURN NULL;
END;
$$;

DO $$
DECLARE
	t record;
BEGIN
	FOR t IN
		SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
			AND c.relname NOT IN ('flyway_schema_history', 'spring_session', 'spring_session_attributes',
				'sign_in_attempt', 'known_device', 'api_token', 'audit_event', 'webhook_delivery',
				'webhook_event', 'webhook_endpoint')
	LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
			|| 'FOR EACH STATEMENT EXECUTE FUNCTION parley_records_changed()', t.relname || '_notify_pages_tg', t.relname);
	END LOOP;
END;
$$;
