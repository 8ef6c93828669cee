import Foundation

/// Initiative trackers in `initiative_trackers` and `initiative_entries`, one per channel.
///
/// Every change runs in one transaction that locks the channel's tracker row (so two clicks on
/// Next never skip a turn) and enqueues the tracker message's refresh in the same transaction
/// (ARCHITECTURE.md §5, projections): the message follows every committed change and nothing else.
///
/// ```swift
/// let store = InitiativeStore(pool: pool, queue: queue)
/// let outcome = try await store.join(entry, channel: channel, guild: guild, by: ada, at: Date())
/// ```
struct InitiativeStore: Sendable {
    static let refreshJob = JobDefinition("dice.initiative.refresh", concurrency: 2, expireAfter: .seconds(60))

    /// A combatant about to join, its initiative already rolled.
    struct NewEntry: Sendable {
        var name: String
        var userID: Snowflake?
        var characterID: Int64?
        var expression: String
        var initiative: Int
        var modifier: Int
        var tiebreak: Int
    }

    enum JoinOutcome: Sendable, Equatable {
        case joined(InitiativeTracker, InitiativeEntry)
        case duplicateName(InitiativeEntry)
        case full
        case notAllowed(InitiativeTracker)
    }

    enum ChangeOutcome: Sendable, Equatable {
        case changed(InitiativeTracker)
        case noTracker
        case notAllowed(InitiativeTracker)
        /// `next` with nobody in the order, or `remove` of a name that is not in it.
        case nothingToDo(InitiativeTracker)
    }

    /// The payload of a refresh job. `guildId` lets ``FeatureJobGate`` skip the job where dice
    /// is switched off; jobs queued before it existed decode without it.
    struct Refresh: Codable, Sendable {
        var channelId: Snowflake
        var guildId: Snowflake?
    }

    let pool: PostgresPool
    let queue: JobQueue

    func tracker(channel: Snowflake) async throws -> InitiativeTracker? {
        try await Self.load(channel: channel, on: pool, lock: false)
    }

    /// Adds a combatant, creating the tracker with `user` as game master if the channel has
    /// none. `managersOnly` (for `/init add`) refuses anyone but the game master or a moderator.
    func join(_ entry: NewEntry, channel: Snowflake, guild: Snowflake, by user: Snowflake, moderator: Bool,
              managersOnly: Bool = false, at date: Date) async throws -> JoinOutcome {
        try await pool.withTransaction { session in
            _ = try await session.query("""
                INSERT INTO initiative_trackers (channel_id, guild_id, game_master_id, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $4) ON CONFLICT (channel_id) DO NOTHING
                """, [channel, guild, user, date])
            guard let tracker = try await Self.load(channel: channel, on: session, lock: true) else {
                throw DatabaseError.decoding("initiative tracker for channel \(channel) vanished inside its transaction")
            }
            if managersOnly, !tracker.mayManage(user, moderator: moderator) { return .notAllowed(tracker) }
            if let existing = tracker.entries.first(where: { $0.name.lowercased() == entry.name.lowercased() }) {
                return .duplicateName(existing)
            }
            guard tracker.entries.count < InitiativeTracker.maximumEntries else { return .full }
            let inserted = try await session.query("""
                INSERT INTO initiative_entries (channel_id, name, user_id, character_id, expression, initiative, modifier, tiebreak, joined_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                RETURNING \(Self.entryColumns)
                """, [channel, entry.name, entry.userID, entry.characterID, entry.expression, entry.initiative, entry.modifier,
                      entry.tiebreak, date])
            guard let row = inserted.first else { throw DatabaseError.decoding("INSERT … RETURNING returned no row") }
            let joined = try Self.entry(row)
            let updated = try await touch(tracker, round: tracker.round, current: tracker.currentEntryID, at: date, on: session)
            return .joined(updated, joined)
        }
    }

    /// `next`: starts combat, or passes the turn (a new round after the last combatant).
    func advance(channel: Snowflake, by user: Snowflake, moderator: Bool, at date: Date) async throws -> ChangeOutcome {
        try await change(channel: channel) { tracker, session in
            guard tracker.mayEndTurn(user, moderator: moderator) else { return .notAllowed(tracker) }
            guard let (round, current) = tracker.advanced() else { return .nothingToDo(tracker) }
            return .changed(try await touch(tracker, round: round, current: current, at: date, on: session))
        }
    }

    /// Removes a combatant by name: a player their own, the game master or a moderator anyone.
    func remove(_ name: String, channel: Snowflake, by user: Snowflake, moderator: Bool, at date: Date) async throws -> ChangeOutcome {
        try await change(channel: channel) { tracker, session in
            guard let entry = tracker.entries.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                return .nothingToDo(tracker)
            }
            guard tracker.mayManage(user, moderator: moderator) || entry.userID == user else { return .notAllowed(tracker) }
            let (round, current) = tracker.afterRemoving(entry.id)
            // The turn moves first: deleting the current entry would otherwise null it.
            _ = try await session.query("UPDATE initiative_trackers SET current_entry_id = $2 WHERE channel_id = $1", [channel, current])
            _ = try await session.query("DELETE FROM initiative_entries WHERE id = $1", [entry.id])
            let reloaded = try await Self.load(channel: channel, on: session, lock: false) ?? tracker
            return .changed(try await touch(reloaded, round: current == nil ? 0 : round, current: current, at: date, on: session))
        }
    }

    /// Clears the order for a new combat; the tracker, its game master and its message stay.
    func reset(channel: Snowflake, by user: Snowflake, moderator: Bool, at date: Date) async throws -> ChangeOutcome {
        try await change(channel: channel) { tracker, session in
            guard tracker.mayManage(user, moderator: moderator) else { return .notAllowed(tracker) }
            _ = try await session.query("UPDATE initiative_trackers SET current_entry_id = NULL WHERE channel_id = $1", [channel])
            _ = try await session.query("DELETE FROM initiative_entries WHERE channel_id = $1", [channel])
            let emptied = InitiativeTracker(channelID: tracker.channelID, guildID: tracker.guildID, gameMasterID: tracker.gameMasterID,
                                            round: 0, currentEntryID: nil, messageID: tracker.messageID, entries: [])
            return .changed(try await touch(emptied, round: 0, current: nil, at: date, on: session))
        }
    }

    /// Records the tracker message the refresh posted, or clears one Discord no longer has.
    func setMessage(_ message: Snowflake?, channel: Snowflake) async throws {
        _ = try await pool.query("UPDATE initiative_trackers SET message_id = $2 WHERE channel_id = $1", [channel, message])
    }

    // MARK: Internals

    private func change(channel: Snowflake,
                        _ body: @Sendable (InitiativeTracker, PostgresSession) async throws -> ChangeOutcome) async throws -> ChangeOutcome {
        try await pool.withTransaction { session in
            guard let tracker = try await Self.load(channel: channel, on: session, lock: true) else { return .noTracker }
            return try await body(tracker, session)
        }
    }

    /// Writes the round and turn, enqueues the message refresh, and returns the tracker as committed.
    private func touch(_ tracker: InitiativeTracker, round: Int, current: Int64?, at date: Date,
                       on session: PostgresSession) async throws -> InitiativeTracker {
        _ = try await session.query("""
            UPDATE initiative_trackers SET round = $2, current_entry_id = $3, updated_at = $4 WHERE channel_id = $1
            """, [tracker.channelID, round, current, date])
        var request = try JobRequest(Self.refreshJob.name, payload: Refresh(channelId: tracker.channelID, guildId: tracker.guildID))
        request.singletonKey = "projection:initiative:\(tracker.guildID):\(tracker.channelID)"
        _ = try await queue.enqueue(request, on: session)
        guard let reloaded = try await Self.load(channel: tracker.channelID, on: session, lock: false) else {
            throw DatabaseError.decoding("initiative tracker for channel \(tracker.channelID) vanished inside its transaction")
        }
        return reloaded
    }

    private static let entryColumns = "id, name, user_id, expression, initiative, modifier, tiebreak"

    private static func load(channel: Snowflake, on database: some PostgresQuerying, lock: Bool) async throws -> InitiativeTracker? {
        let head = try await database.query("""
            SELECT guild_id, game_master_id, round, current_entry_id, message_id
            FROM initiative_trackers WHERE channel_id = $1\(lock ? " FOR UPDATE" : "")
            """, [channel])
        guard let row = head.first else { return nil }
        let entries = try await database.query("SELECT \(entryColumns) FROM initiative_entries WHERE channel_id = $1", [channel])
            .rows.map(entry)
        return InitiativeTracker(channelID: channel, guildID: try row.decode(column: "guild_id"),
                                 gameMasterID: try row.decode(column: "game_master_id"), round: try row.decode(column: "round"),
                                 currentEntryID: try row.decode(column: "current_entry_id"),
                                 messageID: try row.decode(column: "message_id"), entries: entries)
    }

    private static func entry(_ row: PostgresRow) throws -> InitiativeEntry {
        InitiativeEntry(id: try row.decode(column: "id"), name: try row.decode(column: "name"),
                        userID: try row.decode(column: "user_id"), expression: try row.decode(column: "expression"),
                        initiative: try row.decode(column: "initiative"), modifier: try row.decode(column: "modifier"),
                        tiebreak: try row.decode(column: "tiebreak"))
    }
}
