-- Per-guild feature switches and the administrators' audit trail.
--
-- A feature is on in a guild when its guild row says so; without one, the global
-- feature_flags row decides, and without that, the feature catalog's default. Every change an
-- operator (odysseyctl) or a server admin (/admin) makes is written to admin_audit in the same
-- transaction: who, what, before, after.

CREATE TABLE guild_feature_flags (
    guild_id bigint NOT NULL,
    feature text NOT NULL CHECK (feature ~ '^[a-z][a-z0-9_]*$'),
    enabled boolean NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (guild_id, feature)
);

CREATE TABLE admin_audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    -- 'odysseyctl' (actor: the caller's uid and user name) or 'discord' (actor: the member's id).
    source text NOT NULL CHECK (source IN ('odysseyctl', 'discord')),
    actor text NOT NULL,
    -- Null for a change that is not about one guild (the global feature flags).
    guild_id bigint,
    action text NOT NULL,
    target text NOT NULL,
    before jsonb,
    after jsonb
);
CREATE INDEX admin_audit_guild ON admin_audit (guild_id, at DESC);
CREATE INDEX admin_audit_at ON admin_audit (at DESC);
