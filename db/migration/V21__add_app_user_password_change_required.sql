-- An account whose password was set by someone else (an admin, or generated at first start)
-- must choose its own at the next sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
