-- "The stance as of a date", defined once: a party's latest position on a proposal stated on or before
-- the date, the later id winning a tie. A plain SQL function, so PostgreSQL inlines it into the query
-- that calls it and answers each pair with one probe of position_stance_order_ix.
CREATE FUNCTION stance_as_of(proposal bigint, party bigint, as_of date) RETURNS SETOF "position"
    LANGUAGE sql STABLE AS
$$
SELECT p.* FROM position p
WHERE p.proposal_id = proposal AND p.party_id = party AND p.stated_on <= as_of
ORDER BY p.stated_on DESC, p.id DESC
LIMIT 1
$$;
