-- Connections: one row per owner, app and name. Credentials live only in "secret", sealed with
-- AES-256-GCM (key id says which key); everything else is plain so that listing needs no key.
CREATE TABLE connections (
    id             VARCHAR(40)   NOT NULL PRIMARY KEY,
    owner          VARCHAR(200)  NOT NULL,
    app            VARCHAR(30)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    auth_type      VARCHAR(40)   NOT NULL,
    fields         VARCHAR(4000) NOT NULL,
    secret         VARCHAR(16000) NOT NULL,
    key_id         VARCHAR(20)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    status_reason  VARCHAR(1000),
    status_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT connections_owner_app_name UNIQUE (owner, app, name)
);
CREATE INDEX connections_owner ON connections (owner);

-- OAuth2 authorization-code flows waiting for the provider's redirect: the state is stored as a
-- SHA-256 hash, the PKCE verifier sealed like any secret.
CREATE TABLE oauth_pending (
    state_hash     VARCHAR(64)   NOT NULL PRIMARY KEY,
    connection_id  VARCHAR(40)   NOT NULL,
    verifier       VARCHAR(1000) NOT NULL,
    redirect_uri   VARCHAR(2000) NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX oauth_pending_connection ON oauth_pending (connection_id);
