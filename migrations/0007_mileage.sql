-- Mileage: points for engagement per guild member, role tiers granted from the totals, and daily
-- engagement snapshots for the dashboard. Every uniqueness rule is a constraint: an event counts
-- once per source, a member has one total and one cooldown row per event type, a guild one tier
-- per threshold and per role, one snapshot per day.

-- The per-guild event map; an event type without a row uses the code's default (MileageRules).
CREATE TABLE mileage_rules (
    guild_id bigint NOT NULL,
    event_type text NOT NULL CHECK (event_type ~ '^[a-z][a-z_]*$'),
    points int NOT NULL CHECK (points BETWEEN 0 AND 10000),
    cooldown_seconds int NOT NULL CHECK (cooldown_seconds BETWEEN 0 AND 604800),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (guild_id, event_type)
);

CREATE TABLE mileage_guild_settings (
    guild_id bigint PRIMARY KEY,
    -- stack: a member keeps every tier role reached; replace: only the highest one.
    tier_mode text NOT NULL DEFAULT 'stack' CHECK (tier_mode IN ('stack', 'replace')),
    -- Members with this role may adjust and reverse, besides those with Manage Server.
    moderator_role_id bigint,
    updated_at timestamptz NOT NULL
);

CREATE TABLE mileage_events (
    id bigserial PRIMARY KEY,
    guild_id bigint NOT NULL,
    user_id bigint NOT NULL,
    event_type text NOT NULL CHECK (event_type ~ '^[a-z][a-z_]*$'),
    points int NOT NULL,
    -- What the event came from (a message id, `message:emoji:user`, an interaction id…): a
    -- redelivered gateway event carries the same source and counts once.
    source_id text NOT NULL CHECK (char_length(source_id) BETWEEN 1 AND 200),
    occurred_at timestamptz NOT NULL,
    -- Set for manual adjustments: the moderator and why.
    actor_id bigint,
    reason text CHECK (char_length(reason) <= 500),
    -- A reversal takes the points back once; the row stays for the record.
    reversed_at timestamptz,
    reversed_by bigint,
    reversal_reason text CHECK (char_length(reversal_reason) <= 500),
    CONSTRAINT mileage_events_source UNIQUE (guild_id, event_type, source_id),
    CONSTRAINT mileage_events_reversal CHECK ((reversed_at IS NULL) = (reversed_by IS NULL)
                                              AND (reversed_at IS NULL) = (reversal_reason IS NULL))
);
CREATE INDEX mileage_events_day ON mileage_events (guild_id, occurred_at);
CREATE INDEX mileage_events_member ON mileage_events (guild_id, user_id, occurred_at DESC);

CREATE TABLE mileage_totals (
    guild_id bigint NOT NULL,
    user_id bigint NOT NULL,
    points bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX mileage_totals_rank ON mileage_totals (guild_id, points DESC, user_id);

-- The cooldown gate: one row per member and event type, moved forward only by an
-- `INSERT … ON CONFLICT DO UPDATE … WHERE` that re-checks under the row lock, so two concurrent
-- events cannot both pass.
CREATE TABLE mileage_cooldowns (
    guild_id bigint NOT NULL,
    user_id bigint NOT NULL,
    event_type text NOT NULL,
    last_awarded_at timestamptz NOT NULL,
    PRIMARY KEY (guild_id, user_id, event_type)
);

CREATE TABLE mileage_tiers (
    guild_id bigint NOT NULL,
    threshold bigint NOT NULL CHECK (threshold > 0),
    role_id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (guild_id, threshold),
    CONSTRAINT mileage_tiers_role UNIQUE (guild_id, role_id)
);

-- Tier roles the bot could not grant or remove (hierarchy, missing permission): what `doctor`
-- reports until a later sync succeeds and deletes the row.
CREATE TABLE mileage_role_failures (
    guild_id bigint NOT NULL,
    user_id bigint NOT NULL,
    role_id bigint NOT NULL,
    error text NOT NULL,
    first_seen_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    attempts int NOT NULL DEFAULT 1 CHECK (attempts > 0),
    PRIMARY KEY (guild_id, user_id, role_id)
);

CREATE TABLE mileage_engagement_snapshots (
    guild_id bigint NOT NULL,
    -- The UTC day.
    day date NOT NULL,
    active_members int NOT NULL CHECK (active_members >= 0),
    -- {"message_sent": 120, "reaction_added": 40, …}: events that day, reversed ones excluded.
    events_by_type jsonb NOT NULL DEFAULT '{}'::jsonb,
    -- [{"user_id": "…", "points": 42, "events": 17}, …], best first.
    top_members jsonb NOT NULL DEFAULT '[]'::jsonb,
    computed_at timestamptz NOT NULL,
    CONSTRAINT mileage_engagement_snapshots_day UNIQUE (guild_id, day)
);
