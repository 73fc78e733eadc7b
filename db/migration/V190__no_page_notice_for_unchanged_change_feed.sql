-- record_change is filled from audit_event by a statement trigger that runs for every audit row,
-- a sign-in or a failed one included, and adds no row for those; its V170 notify trigger fired
-- anyway (a statement trigger fires for a statement that changes no row), so every sign-in
-- dropped every instance's kept pages. A save that adds to record_change writes its record in
-- the same transaction, whose own table notifies: nothing is lost by leaving this one out.
DROP TRIGGER record_change_notify_pages_tg ON record_change;
