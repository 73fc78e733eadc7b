-- A feed token lets a feed reader, which cannot sign in, read the Atom feeds as its account and
-- nothing else. It is kept as it is (not hashed) so the account page can show the feed addresses
-- again; it opens no more than the feeds the account may read anyway.
ALTER TABLE app_user ADD COLUMN feed_token varchar(64);
ALTER TABLE app_user ADD CONSTRAINT app_user_feed_token_uk UNIQUE (feed_token);
