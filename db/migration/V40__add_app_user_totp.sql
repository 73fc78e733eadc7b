-- A second factor: a TOTP secret (RFC 6238, Base32), whether it is switched on, the last
-- time step used (each code works once), and the hashes of the unused recovery codes.
ALTER TABLE app_user ADD COLUMN totp_secret varchar(200);
ALTER TABLE app_user ADD COLUMN totp_enabled boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN totp_last_step bigint NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN recovery_code_hashes text[] NOT NULL DEFAULT '{}';
ALTER TABLE app_user ADD CONSTRAINT app_user_totp_secret_ck CHECK (NOT totp_enabled OR totp_secret IS NOT NULL);
