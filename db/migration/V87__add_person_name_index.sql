-- The person picker offers the first people by name: read from this index instead of sorting all
-- of them (5,000 at scale 1) on every form that picks a speaker or a delegate.
CREATE INDEX person_name_ix ON person (full_name, id);
