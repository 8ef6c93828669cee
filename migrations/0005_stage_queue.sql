-- Stage sign-up queue: one queue per guild, its settings in typed columns, a FIFO of members with
-- dense positions, one current performer, and every change as an event. Uniqueness rules (one
-- entry per member, one member per position) are constraints, not application checks.

-- What `/sign-up setup` configures. Everything is optional: without a sign-up channel there is no
-- queue message, without a stage channel (or with stage_integration off) nobody is promoted.
CREATE TABLE stage_queue_settings (
    guild_id bigint PRIMARY KEY,
    sign_up_channel_id bigint,
    stage_channel_id bigint,
    announce_channel_id bigint,
    -- Members need this role to join; null lets everyone join.
    sign_up_role_id bigint,
    -- Besides Mute Members, holders of this role may run the queue.
    host_role_id bigint,
    stage_integration boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL
);

-- The queue's state, one row per guild: the row every change locks, so concurrent joins and
-- nexts serialise and positions stay dense.
CREATE TABLE stage_queues (
    guild_id bigint PRIMARY KEY,
    paused boolean NOT NULL DEFAULT false,
    -- The member on stage now (called by `next`); not in stage_queue_entries any more.
    current_user_id bigint,
    current_since timestamptz,
    -- The queue message with the Join and Leave buttons, and the channel it is in (the sign-up
    -- channel when it was posted); null until posted or after it was deleted.
    message_channel_id bigint,
    message_id bigint,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE stage_queue_entries (
    guild_id bigint NOT NULL REFERENCES stage_queues (guild_id) ON DELETE CASCADE,
    user_id bigint NOT NULL,
    -- 1 is next; renumbered in the same transaction as every removal or move.
    position int NOT NULL CHECK (position > 0),
    joined_at timestamptz NOT NULL,
    -- One entry per member per queue.
    PRIMARY KEY (guild_id, user_id),
    -- Deferred: a renumbering shifts many rows in one statement and is checked at commit.
    CONSTRAINT stage_queue_entries_position UNIQUE (guild_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- The queue's history: who joined, left, was called, promoted, moved, removed; pauses and clears.
CREATE TABLE stage_queue_events (
    id bigserial PRIMARY KEY,
    guild_id bigint NOT NULL,
    kind text NOT NULL CHECK (kind IN ('joined', 'left', 'removed', 'moved', 'called', 'finished', 'promoted',
                                       'promotion_failed', 'paused', 'resumed', 'cleared', 'configured')),
    -- Whom it is about (null for pause, resume, clear, setup).
    member_id bigint,
    -- Who did it.
    actor_id bigint NOT NULL,
    at timestamptz NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX stage_queue_events_guild ON stage_queue_events (guild_id, at);
