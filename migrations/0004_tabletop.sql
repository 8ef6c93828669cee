-- Tabletop: saved rolls and characters per Discord user (they follow the player across servers,
-- as the tabletop seed's per-user record did), an initiative tracker per channel, and command
-- usage counters for every feature. Names compare case-insensitively; every uniqueness rule is an
-- index, not an application check.

CREATE TABLE dice_saved_rolls (
    user_id bigint NOT NULL,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 32),
    expression text NOT NULL CHECK (char_length(expression) BETWEEN 1 AND 500),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX dice_saved_rolls_name ON dice_saved_rolls (user_id, lower(name));

CREATE TABLE dice_characters (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
    initiative_modifier int NOT NULL DEFAULT 0 CHECK (initiative_modifier BETWEEN -100 AND 100),
    notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 1000),
    -- The character used by default in initiative; at most one per user.
    active boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX dice_characters_name ON dice_characters (user_id, lower(name));
CREATE UNIQUE INDEX dice_characters_active ON dice_characters (user_id) WHERE active;

-- One tracker per channel. round 0 means combat has not started; current_entry_id is whose turn
-- it is (by id, so a combatant joining mid-combat never shifts the turn).
CREATE TABLE initiative_trackers (
    channel_id bigint PRIMARY KEY,
    guild_id bigint NOT NULL,
    game_master_id bigint NOT NULL,
    round int NOT NULL DEFAULT 0 CHECK (round >= 0),
    current_entry_id bigint,
    -- The tracker message with the Next and Join buttons; null until posted or after it was deleted.
    message_id bigint,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE initiative_entries (
    id bigserial PRIMARY KEY,
    channel_id bigint NOT NULL REFERENCES initiative_trackers (channel_id) ON DELETE CASCADE,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
    -- The member who controls it; null for a combatant the game master added.
    user_id bigint,
    character_id bigint REFERENCES dice_characters (id) ON DELETE SET NULL,
    expression text NOT NULL CHECK (char_length(expression) BETWEEN 1 AND 500),
    initiative int NOT NULL,
    modifier int NOT NULL DEFAULT 0,
    -- The roll-off for ties after the modifier, rolled once when the combatant joins.
    tiebreak int NOT NULL,
    joined_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX initiative_entries_name ON initiative_entries (channel_id, lower(name));
CREATE INDEX initiative_entries_order ON initiative_entries (channel_id, initiative DESC, modifier DESC, tiebreak DESC);

ALTER TABLE initiative_trackers
    ADD CONSTRAINT initiative_trackers_current_entry
    FOREIGN KEY (current_entry_id) REFERENCES initiative_entries (id) ON DELETE SET NULL;

-- Command usage per UTC day, guild (0 for direct messages) and command path ("roll dice").
CREATE TABLE command_usage_daily (
    day date NOT NULL,
    guild_id bigint NOT NULL,
    command text NOT NULL,
    uses bigint NOT NULL CHECK (uses > 0),
    PRIMARY KEY (day, guild_id, command)
);

-- Who used it, so any range can count distinct members.
CREATE TABLE command_usage_members (
    day date NOT NULL,
    guild_id bigint NOT NULL,
    command text NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (day, guild_id, command, user_id)
);
CREATE INDEX command_usage_members_guild ON command_usage_members (guild_id, day);
