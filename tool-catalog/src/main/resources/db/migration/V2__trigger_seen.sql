-- Items a polling trigger has already emitted, per subscription (flow and trigger).
CREATE TABLE trigger_seen (
    subscription VARCHAR(300) NOT NULL,
    item_key     VARCHAR(500) NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscription, item_key)
);
