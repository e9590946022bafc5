-- Actions per owner and calendar month, spread over a few rows (slot, picked from the worker's id).
-- With one row per owner and month, every step of every run of an owner updated the same row and
-- held its lock until the commit, so an owner's steps were committed one after the other.
-- The quota reads the sum of the slots.
CREATE TABLE flow_action_count (
    owner   VARCHAR(200) NOT NULL,
    period  VARCHAR(7)   NOT NULL,
    slot    INTEGER      NOT NULL,
    actions BIGINT       NOT NULL,
    PRIMARY KEY (owner, period, slot)
);
INSERT INTO flow_action_count (owner, period, slot, actions) SELECT owner, period, 0, actions FROM flow_usage;
DROP TABLE flow_usage;
