-- API tokens: only a SHA-256 hash of each token is stored.
CREATE TABLE api_tokens (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    is_admin    BOOLEAN      NOT NULL,
    label       VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_tokens_owner ON api_tokens (owner);
