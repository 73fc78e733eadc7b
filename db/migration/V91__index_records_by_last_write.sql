-- API clients keep a copy current with ?updatedSince=: the rows written after an instant are found
-- by index instead of by reading every row of the table.
CREATE INDEX position_updated_at_ix ON position (updated_at);
CREATE INDEX citation_updated_at_ix ON citation (updated_at);
CREATE INDEX proposal_updated_at_ix ON proposal (updated_at);
CREATE INDEX round_updated_at_ix ON round (updated_at);
