-- What a proposal is about (topics) and where it applies (regions).
CREATE TABLE proposal_topic (
    proposal_id bigint NOT NULL CONSTRAINT proposal_topic_proposal_fk REFERENCES proposal (id) ON DELETE CASCADE,
    topic_id    bigint NOT NULL CONSTRAINT proposal_topic_topic_fk REFERENCES topic (id),
    CONSTRAINT proposal_topic_pk PRIMARY KEY (proposal_id, topic_id)
);
CREATE INDEX proposal_topic_topic_ix ON proposal_topic (topic_id);

CREATE TABLE proposal_region (
    proposal_id bigint NOT NULL CONSTRAINT proposal_region_proposal_fk REFERENCES proposal (id) ON DELETE CASCADE,
    region_id   bigint NOT NULL CONSTRAINT proposal_region_region_fk REFERENCES region (id),
    CONSTRAINT proposal_region_pk PRIMARY KEY (proposal_id, region_id)
);
CREATE INDEX proposal_region_region_ix ON proposal_region (region_id);
