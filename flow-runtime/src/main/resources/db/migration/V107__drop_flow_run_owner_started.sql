-- Runs an owner started this minute are counted on the owner's gate row since V104; no query reads
-- flow_run by (owner, started_at) any more, and the index cost an entry on every run's insert and
-- start on the runtime's hottest table.
DROP INDEX flow_run_owner_started;
