-- A delegate's post at one round ("deputy foreign minister", "presidential envoy"): a
-- property of the delegation, not of the person, whose own title may differ or change.
-- A row only where the post is known. Deferred, so that Hibernate may write a round's
-- delegates and their posts in either order within one transaction.
CREATE TABLE round_delegate_post (
    round_id  bigint       NOT NULL,
    person_id bigint       NOT NULL,
    post      varchar(200) NOT NULL,
    CONSTRAINT round_delegate_post_pk PRIMARY KEY (round_id, person_id),
    CONSTRAINT round_delegate_post_delegate_fk FOREIGN KEY (round_id, person_id)
        REFERENCES round_delegate (round_id, person_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT round_delegate_post_post_ck CHECK (btrim(post) <> '')
);
