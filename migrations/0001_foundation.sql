-- Settings, feature flags and per-guild settings: what every later feature reads.

CREATE TABLE settings (
    key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feature_flags (
    name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]*$'),
    enabled boolean NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guild_settings (
    guild_id bigint PRIMARY KEY CHECK (guild_id > 0),
    locale text NOT NULL DEFAULT 'ru' CHECK (locale IN ('ru', 'en')),
    timezone text,
    extras jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
