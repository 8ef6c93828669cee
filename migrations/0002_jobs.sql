-- The job system: a small hot table of waiting and running jobs, an archive of finished ones
-- (completed, failed = the dead letter, cancelled), recurring schedules and the slots they claimed.
-- Times come from the daemon's clock as parameters, so tests can drive them; defaults are for
-- hand-written SQL only.

CREATE TABLE jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_.-]*$' AND length(name) <= 100),
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    payload_version integer NOT NULL DEFAULT 1 CHECK (payload_version >= 1),
    -- waiting: never ran (delayed while run_at is in the future); retrying: failed before or was
    -- taken back from a vanished worker; active: claimed by worker_id.
    state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'retrying', 'active')),
    priority integer NOT NULL DEFAULT 0,
    run_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 1000),
    retry_delay_ms bigint NOT NULL DEFAULT 1000 CHECK (retry_delay_ms >= 0),
    retry_backoff boolean NOT NULL DEFAULT true,
    expire_after_ms bigint NOT NULL DEFAULT 900000 CHECK (expire_after_ms > 0),
    singleton_key text CHECK (length(singleton_key) <= 200),
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    heartbeat_at timestamptz,
    worker_id text,
    last_error text,
    errors jsonb NOT NULL DEFAULT '[]'::jsonb,
    CHECK ((state = 'active') = (worker_id IS NOT NULL))
) WITH (
    -- Every row is inserted, updated once or twice and deleted within seconds: vacuum and
    -- analyze by row counts, not by a fraction of a table whose size swings from 0 to 50k.
    fillfactor = 80,
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 2000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 2000,
    autovacuum_vacuum_cost_delay = 0
);

-- The claim: WHERE name = $1 AND state IN ('waiting', 'retrying') AND run_at <= $now
-- ORDER BY priority DESC, run_at, id — same predicate, same order.
CREATE INDEX jobs_claim ON jobs (name, priority DESC, run_at, id)
    WHERE state IN ('waiting', 'retrying');

-- At most one waiting job per (name, singleton key); running and retrying ones do not count, so
-- a refresh asked for during a refresh still happens.
CREATE UNIQUE INDEX jobs_singleton ON jobs (name, singleton_key)
    WHERE state = 'waiting' AND singleton_key IS NOT NULL;

-- No index for heartbeats and the rescue: they scan this small table every 10 s, and an index on
-- worker_id would cost every claim a second index insertion.

CREATE TABLE jobs_archive (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    payload jsonb NOT NULL,
    payload_version integer NOT NULL,
    state text NOT NULL CHECK (state IN ('completed', 'failed', 'cancelled')),
    priority integer NOT NULL,
    attempts integer NOT NULL,
    max_attempts integer NOT NULL,
    retry_delay_ms bigint NOT NULL,
    retry_backoff boolean NOT NULL,
    expire_after_ms bigint NOT NULL,
    singleton_key text,
    created_at timestamptz NOT NULL,
    run_at timestamptz NOT NULL,
    started_at timestamptz,
    finished_at timestamptz NOT NULL,
    worker_id text,
    last_error text,
    errors jsonb NOT NULL
) WITH (
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 10000,
    autovacuum_analyze_scale_factor = 0.02
);

-- Inspection and the purge both go by (name, state); one index keeps archiving cheap.
CREATE INDEX jobs_archive_name_state ON jobs_archive (name, state, finished_at);

-- The dead letter: jobs that ran out of attempts (or could never run), until retried or purged.
CREATE VIEW jobs_dead_letter AS
    SELECT id, name, payload, attempts, max_attempts, last_error, errors, created_at, finished_at
    FROM jobs_archive
    WHERE state = 'failed';

CREATE TABLE job_schedules (
    name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_.-]*$' AND length(name) <= 100),
    job_name text NOT NULL CHECK (job_name ~ '^[a-z][a-z0-9_.-]*$'),
    -- "Monday 10:00", "every 10 minutes" or a 5-field cron expression.
    expression text NOT NULL,
    -- An IANA zone; NULL means the guild's timezone setting (for a guild's schedule), else the
    -- default_timezone setting.
    timezone text,
    guild_id bigint CHECK (guild_id > 0),
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    enabled boolean NOT NULL DEFAULT true,
    catch_up text NOT NULL DEFAULT 'latest' CHECK (catch_up IN ('none', 'latest', 'all')),
    -- Slots at or before this are never run: set when the schedule is switched on, so switching
    -- on does not replay the past.
    enabled_at timestamptz NOT NULL DEFAULT now(),
    last_slot_at timestamptz,
    last_job_id bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per slot that some daemon claimed: the primary key is what makes a slot run once
-- across any number of daemons.
CREATE TABLE job_schedule_slots (
    schedule_name text NOT NULL REFERENCES job_schedules (name) ON DELETE CASCADE,
    slot_at timestamptz NOT NULL,
    job_id bigint,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (schedule_name, slot_at)
);
