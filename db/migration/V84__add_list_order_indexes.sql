-- Each list's order is an index, so a page of it reads only its own rows, deep pages included:
-- the proposal list by title and by first report, the start page's recently changed proposals and
-- latest rounds, the citation picker's newest reports first.
CREATE INDEX proposal_title_ix ON proposal (lower(title), id);
CREATE INDEX proposal_first_reported_ix ON proposal (first_reported_on DESC NULLS LAST, lower(title), id);
CREATE INDEX proposal_updated_ix ON proposal (updated_at DESC, id DESC);
CREATE INDEX round_latest_ix ON round (starts_on DESC, id DESC);
CREATE INDEX citation_published_ix ON citation (published_on DESC NULLS LAST, id DESC);
