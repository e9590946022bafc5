-- The limits checked when a run starts count the owner's runs started this minute and running now;
-- without these indexes both counts read every run the owner ever had, so starting a run got
-- slower as history grew.
CREATE INDEX flow_run_owner_started ON flow_run (owner, started_at);
CREATE INDEX flow_run_owner_status ON flow_run (owner, status);
