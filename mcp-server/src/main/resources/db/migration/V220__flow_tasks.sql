-- Runs started as MCP tasks (a tools/call with "task"): the task id is the run id. Only these
-- runs are tasks; webhook, schedule and plain-call runs are not. expires_at = created_at + ttl
-- (null: kept as long as the run); an expired task is unknown to tasks/* and its row is deleted.
-- progress_token: the JSON of the starting call's _meta.progressToken, reused by tasks/result.
CREATE TABLE flow_task (
    task_id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner           VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ttl_ms          BIGINT,
    expires_at      TIMESTAMP WITH TIME ZONE,
    progress_token  VARCHAR(400)
);
CREATE INDEX flow_task_owner ON flow_task (owner, created_at);
