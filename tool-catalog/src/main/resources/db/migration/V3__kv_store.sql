-- storage.* actions: a small JSON key-value store per owner.
CREATE TABLE kv_store (
    owner      VARCHAR(200) NOT NULL,
    item_key   VARCHAR(200) NOT NULL,
    value_json TEXT         NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner, item_key)
);
