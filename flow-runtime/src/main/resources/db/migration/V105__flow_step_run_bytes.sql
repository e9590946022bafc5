-- The data the run had handled (its size budget, flow_run.size_bytes) when the step's row was last written.
-- Steps no longer update the run's row on each commit (the step row itself proves the worker still owns
-- the run); after a crash, the recovering worker takes the run's size from here, so a crash does not
-- give a run its budget back. NULL in rows written before this version (read as 0).
ALTER TABLE flow_step ADD COLUMN run_bytes BIGINT;
