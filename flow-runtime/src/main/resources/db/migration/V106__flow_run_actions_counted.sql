-- Actions are counted toward the owner's monthly quota once per execution slice (its last commit) instead of
-- once per step. flow_run.actions_counted: how many of the run's actions are in flow_action_count, set in the
-- same transaction as the count. flow_step.run_actions: how many actions the run had started when the step's
-- row was last written (like run_bytes). After a crash the recovering worker starts from the largest
-- run_actions, so the next commit that counts also counts what the crashed slice started but never counted.
-- NULL in rows written before this version (read as 0): those actions were counted step by step.
ALTER TABLE flow_run ADD COLUMN actions_counted BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE flow_step ADD COLUMN run_actions BIGINT;
