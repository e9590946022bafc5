-- One row per owner, locked (SELECT ... FOR UPDATE) while a run's start is checked against the
-- owner's limits and recorded in the same transaction: two workers or two servers starting runs of
-- one owner take turns, so neither can pass a limit that has one place left.
CREATE TABLE flow_owner_gate (
    owner VARCHAR(200) NOT NULL PRIMARY KEY
);
