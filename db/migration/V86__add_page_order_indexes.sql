-- Orders more pages read from an index instead of sorting what they gather: the newest positions
-- (a topic's, and search's newest matches), a source's reports newest first, a party's and a
-- speaker's positions newest first.
CREATE INDEX position_latest_ix ON position (stated_on DESC, id DESC);
CREATE INDEX citation_source_published_ix ON citation (source_id, published_on DESC NULLS LAST, id DESC);
DROP INDEX citation_source_ix;
CREATE INDEX position_party_latest_ix ON position (party_id, stated_on DESC, id DESC);
DROP INDEX position_party_ix;
CREATE INDEX position_speaker_latest_ix ON position (speaker_id, stated_on DESC, id DESC);
DROP INDEX position_speaker_ix;
