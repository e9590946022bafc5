-- Flow runs, queued in the database and claimed by workers through a lease (lease_owner, lease_until).
-- available_at: when a QUEUED run may start, or when a PAUSED run wakes up (far future while an approval is pending).
CREATE TABLE flow_run (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner        VARCHAR(200)  NOT NULL,
    flow_id      VARCHAR(200),
    flow_version INTEGER,
    flow_name    VARCHAR(300)  NOT NULL,
    definition   TEXT          NOT NULL,
    trigger_json TEXT          NOT NULL,
    inputs_json  TEXT          NOT NULL,
    status       VARCHAR(30)   NOT NULL,
    event_key    VARCHAR(600)  UNIQUE,
    retry_of     VARCHAR(36),
    failed_step  VARCHAR(300),
    error        VARCHAR(4000),
    output_json  TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    available_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    active_ms    BIGINT        DEFAULT 0 NOT NULL,
    size_bytes   BIGINT        DEFAULT 0 NOT NULL,
    waiting_step VARCHAR(400),
    lease_owner  VARCHAR(100),
    lease_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX flow_run_due ON flow_run (status, available_at);
CREATE INDEX flow_run_owner ON flow_run (owner, created_at);

-- One row per executed step (step_key adds the loop path, e.g. "each[3]/post"); inputs and outputs
-- are stored with the connection's secrets redacted, large ones as a blob reference.
CREATE TABLE flow_step (
    run_id      VARCHAR(36)  NOT NULL,
    step_key    VARCHAR(400) NOT NULL,
    step_id     VARCHAR(64)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    attempts    INTEGER      DEFAULT 0 NOT NULL,
    starts      INTEGER      DEFAULT 0 NOT NULL,
    input_json  TEXT,
    output_json TEXT,
    error       VARCHAR(4000),
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    wake_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, step_key)
);

-- Actions executed per owner and calendar month (UTC), for the monthly quota.
CREATE TABLE flow_usage (
    owner   VARCHAR(200) NOT NULL,
    period  VARCHAR(7)   NOT NULL,
    actions BIGINT       NOT NULL,
    PRIMARY KEY (owner, period)
);
