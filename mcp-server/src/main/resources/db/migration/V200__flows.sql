-- Stored flows: one row per flow with its draft; published versions are separate, immutable rows
-- so that the version a run uses never changes under it. The slug names the MCP tool flow__<slug>.
CREATE TABLE flows (
    id              VARCHAR(40)   NOT NULL PRIMARY KEY,
    owner           VARCHAR(200)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    slug            VARCHAR(58)   NOT NULL,
    folder          VARCHAR(200),
    draft           TEXT          NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    latest_version  INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flows_owner_slug UNIQUE (owner, slug)
);
CREATE INDEX flows_owner ON flows (owner);

CREATE TABLE flow_versions (
    flow_id       VARCHAR(40)   NOT NULL,
    version       INTEGER       NOT NULL,
    definition    TEXT          NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flow_versions_pk PRIMARY KEY (flow_id, version)
);
