-- What the triggers of stored flows remember, one row per flow and kind:
--   hook:     config = the webhook secret, sealed with the server key; mark = when it was made
--   schedule: config = "cron|zone" of the live version; mark = the last due time fired (or the baseline)
--   poll:     config = "app.event"; mark = the last poll
--   app_hook: config = the subscription registered with the app (JSON); mark = when it was registered
-- Claims are "UPDATE ... WHERE mark = <the value read>", so that two instances sharing one
-- database never fire the same due time or poll the same flow twice.
CREATE TABLE flow_trigger_state (
    flow_id  VARCHAR(40)    NOT NULL,
    kind     VARCHAR(20)    NOT NULL,
    config   VARCHAR(4000)  NOT NULL,
    mark     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flow_trigger_state_pk PRIMARY KEY (flow_id, kind)
);
