-- Dashboard OAuth bridge (issue 5): local sessions for members who logged in to the dashboard
-- with Discord, and the authorization codes already exchanged.
--
-- A session is found by the SHA-256 (hex) of its id, never by the id itself, so a copy of this
-- table does not hand out working session ids. Discord's tokens are AES-256-GCM sealed
-- (nonce || ciphertext || tag) with the id hash as associated data, under ODYSSEY_TOKEN_KEY.

CREATE TABLE oauth_sessions (
    id_hash text PRIMARY KEY CHECK (id_hash ~ '^[0-9a-f]{64}$'),
    user_id bigint NOT NULL,
    username text NOT NULL,
    global_name text,
    avatar text,
    scopes text[] NOT NULL,
    access_token bytea NOT NULL,
    refresh_token bytea,
    token_type text NOT NULL DEFAULT 'Bearer',
    token_expires_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    refreshed_at timestamptz,
    revoked_at timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX oauth_sessions_user ON oauth_sessions (user_id);
-- Listing live sessions, and purging those that ended long ago.
CREATE INDEX oauth_sessions_expires_at ON oauth_sessions (expires_at);

-- Codes are single-use at Discord; remembering their hashes refuses a replay before Discord is
-- asked (a replayed code can also revoke the tokens it first produced, at Discord's discretion).
CREATE TABLE oauth_used_codes (
    code_hash text PRIMARY KEY CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    used_at timestamptz NOT NULL
);
CREATE INDEX oauth_used_codes_used_at ON oauth_used_codes (used_at);
