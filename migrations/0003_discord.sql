-- Discord: the Gateway sessions this daemon can resume after a restart, one per shard of a shard
-- count. Written on READY/RESUMED, every ~10 s while the sequence advances, and on shutdown;
-- deleted when Discord invalidates the session or the shard stops for good. Times come from the
-- daemon's clock as parameters.

CREATE TABLE discord_gateway_sessions (
    shard_id int NOT NULL CHECK (shard_id >= 0),
    shard_count int NOT NULL CHECK (shard_count >= 1 AND shard_id < shard_count),
    session_id text NOT NULL,
    resume_gateway_url text NOT NULL,
    sequence bigint NOT NULL CHECK (sequence >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shard_id, shard_count)
);
