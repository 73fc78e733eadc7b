-- /topics lists topics by name a page at a time, and a new or renamed topic is refused when another
-- has its name whatever the case: both read this index instead of every topic.
CREATE INDEX topic_name_ix ON topic (lower(name), id);
