-- "The stance as of a date" takes, for one party and proposal, the latest position stated by then, the
-- later id winning a tie: this index hands over that row first, without sorting.
CREATE INDEX position_stance_order_ix ON position (proposal_id, party_id, stated_on DESC, id DESC);
DROP INDEX position_proposal_party_stated_ix;
