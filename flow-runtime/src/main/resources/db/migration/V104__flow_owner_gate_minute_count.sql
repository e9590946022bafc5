-- Runs an owner started in the current minute, kept on the owner's gate row (locked while a start
-- is checked anyway). Counting flow_run rows started since the minute began read one index entry
-- per run started in that minute on every start: the limit check's largest cost under load.
-- A NULL minute_at counts as no start this minute.
ALTER TABLE flow_owner_gate ADD COLUMN minute_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE flow_owner_gate ADD COLUMN minute_starts INTEGER DEFAULT 0 NOT NULL;
