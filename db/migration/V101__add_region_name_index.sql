-- /regions lists regions by name a page at a time, and a new or renamed region is refused when another
-- has its name whatever the case: both read this index instead of every region.
CREATE INDEX region_name_ix ON region (lower(name), id);
