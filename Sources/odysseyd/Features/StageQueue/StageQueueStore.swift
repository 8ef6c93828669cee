import Foundation

/// Guild sign-up queues in `stage_queues` and `stage_queue_entries`, with every change in
/// `stage_queue_events`.
///
/// Every change runs in one transaction that locks the guild's queue row, so concurrent joins
/// and nexts serialise: positions stay dense and two clicks on Next never call two members. The
/// same transaction records the event, enqueues the queue message's refresh (singleton-keyed
/// with a coalescing window, so a burst of joins is one edit) and any announcement.
///
/// ```swift
/// let store = StageQueueStore(pool: pool, queue: queue)
/// switch try await store.join(guild: guild, user: cleo, at: Date()) {
/// case .joined(let queue, let position): print("#\(position) of \(queue.entries.count)")
/// case .alreadyQueued, .paused: break
/// }
/// ```
struct StageQueueStore: Sendable {
    static let refreshJob = JobDefinition("stage.queue.refresh", concurrency: 1, expireAfter: .seconds(60))
    /// Queue message edits within one window collapse into one (ARCHITECTURE.md §5, projections).
    static let refreshWindow: Duration = .seconds(2)

    /// The payload of a refresh job.
    struct Refresh: Codable, Sendable {
        var guildId: Snowflake
    }

    enum JoinOutcome: Sendable, Equatable {
        case joined(StageQueue, position: Int)
        /// Nothing changed: they were already waiting there.
        case alreadyQueued(StageQueue, position: Int)
        case paused(StageQueue)
    }

    enum LeaveOutcome: Sendable, Equatable {
        /// Left the queue, or left the stage (`wasCurrent`), or both.
        case left(StageQueue, position: Int?, wasCurrent: Bool)
        case notQueued(StageQueue)
    }

    enum NextOutcome: Sendable, Equatable {
        /// `performer` nil: the queue was empty, so only `previous` left the stage.
        case called(StageQueue, previous: Snowflake?, performer: Snowflake?)
        case nothingToDo(StageQueue)
    }

    enum MoveOutcome: Sendable, Equatable {
        case moved(StageQueue, from: Int, to: Int)
        case notQueued(StageQueue)
    }

    let pool: PostgresPool
    let queue: JobQueue

    func queue(guild: Snowflake) async throws -> StageQueue {
        try await Self.load(guild: guild, on: pool, lock: false) ?? .empty(guild: guild)
    }

    /// Adds `user` at the end, unless the queue is paused or they already wait in it.
    func join(guild: Snowflake, user: Snowflake, at date: Date) async throws -> JoinOutcome {
        try await change(guild: guild, at: date) { queue, settings, session in
            if let position = queue.position(of: user) { return (.alreadyQueued(queue, position: position), false) }
            if queue.paused { return (.paused(queue), false) }
            let position = queue.entries.count + 1
            _ = try await session.query("""
                INSERT INTO stage_queue_entries (guild_id, user_id, position, joined_at) VALUES ($1, $2, $3, $4)
                """, [guild, user, position, date])
            try await StageQueueEventLog.record(.joined, guild: guild, member: user, actor: user, at: date,
                                                detail: StageQueueEventDetail(position: position), on: session)
            if let channel = settings.announceChannelID {
                try await announce(.joined(user, position: position, guild: guild, channel: channel), on: session)
            }
            return (.joined(try await reload(guild, on: session), position: position), true)
        }
    }

    /// Takes `user` out of the queue, and off the stage if they are the current performer.
    /// `actor` is the user themself (`leave`) or a host (`remove`, recorded as such).
    func leave(guild: Snowflake, user: Snowflake, by actor: Snowflake, at date: Date) async throws -> LeaveOutcome {
        try await change(guild: guild, at: date) { queue, _, session in
            let position = queue.position(of: user)
            let wasCurrent = queue.currentUserID == user
            guard position != nil || wasCurrent else { return (.notQueued(queue), false) }
            let kind: StageQueueEventKind = actor == user ? .left : .removed
            if let position {
                try await removeEntry(user, at: position, guild: guild, on: session)
            }
            if wasCurrent {
                _ = try await session.query("UPDATE stage_queues SET current_user_id = NULL, current_since = NULL WHERE guild_id = $1", [guild])
            }
            try await StageQueueEventLog.record(kind, guild: guild, member: user, actor: actor, at: date,
                                                detail: StageQueueEventDetail(position: position, reason: wasCurrent ? "was on stage" : nil),
                                                on: session)
            return (.left(try await reload(guild, on: session), position: position, wasCurrent: wasCurrent), true)
        }
    }

    /// The current performer finishes; the head of the queue becomes current.
    func next(guild: Snowflake, by actor: Snowflake, at date: Date) async throws -> NextOutcome {
        try await change(guild: guild, at: date) { queue, settings, session in
            let previous = queue.currentUserID
            let head = queue.entries.first
            guard previous != nil || head != nil else { return (.nothingToDo(queue), false) }
            if let previous {
                try await StageQueueEventLog.record(.finished, guild: guild, member: previous, actor: actor, at: date, on: session)
            }
            if let head {
                try await removeEntry(head.userID, at: head.position, guild: guild, on: session)
                try await StageQueueEventLog.record(.called, guild: guild, member: head.userID, actor: actor, at: date,
                                                    detail: StageQueueEventDetail(count: queue.entries.count - 1), on: session)
                if let channel = settings.announceChannelID {
                    try await announce(.called(head.userID, remaining: queue.entries.count - 1, guild: guild, channel: channel),
                                      on: session)
                }
            }
            _ = try await session.query("UPDATE stage_queues SET current_user_id = $2, current_since = $3 WHERE guild_id = $1",
                                        [guild, head?.userID, head.map { _ in date }])
            return (.called(try await reload(guild, on: session), previous: previous, performer: head?.userID), true)
        }
    }

    /// Puts `user` at `position` (clamped to the queue), shifting the members in between.
    func move(guild: Snowflake, user: Snowflake, to position: Int, by actor: Snowflake, at date: Date) async throws -> MoveOutcome {
        try await change(guild: guild, at: date) { queue, _, session in
            guard let from = queue.position(of: user) else { return (.notQueued(queue), false) }
            let to = min(max(position, 1), queue.entries.count)
            guard from != to else { return (.moved(queue, from: from, to: to), false) }
            if to < from {
                _ = try await session.query("""
                    UPDATE stage_queue_entries SET position = position + 1 WHERE guild_id = $1 AND position >= $2 AND position < $3
                    """, [guild, to, from])
            } else {
                _ = try await session.query("""
                    UPDATE stage_queue_entries SET position = position - 1 WHERE guild_id = $1 AND position > $2 AND position <= $3
                    """, [guild, from, to])
            }
            _ = try await session.query("UPDATE stage_queue_entries SET position = $3 WHERE guild_id = $1 AND user_id = $2", [guild, user, to])
            try await StageQueueEventLog.record(.moved, guild: guild, member: user, actor: actor, at: date,
                                                detail: StageQueueEventDetail(from: from, to: to), on: session)
            return (.moved(try await reload(guild, on: session), from: from, to: to), true)
        }
    }

    /// Pauses or resumes joining; returns the queue and whether anything changed.
    func setPaused(_ paused: Bool, guild: Snowflake, by actor: Snowflake, at date: Date) async throws -> (StageQueue, changed: Bool) {
        try await change(guild: guild, at: date) { queue, _, session in
            guard queue.paused != paused else { return ((queue, false), false) }
            _ = try await session.query("UPDATE stage_queues SET paused = $2 WHERE guild_id = $1", [guild, paused])
            try await StageQueueEventLog.record(paused ? .paused : .resumed, guild: guild, member: nil, actor: actor, at: date, on: session)
            return ((try await reload(guild, on: session), true), true)
        }
    }

    /// Empties the queue and the stage; returns how many were waiting (0 and no event when
    /// there was nothing to clear, so a second click on the confirmation records nothing).
    func clear(guild: Snowflake, by actor: Snowflake, at date: Date) async throws -> (StageQueue, removed: Int) {
        try await change(guild: guild, at: date) { queue, _, session in
            guard !queue.entries.isEmpty || queue.currentUserID != nil else { return ((queue, 0), false) }
            _ = try await session.query("DELETE FROM stage_queue_entries WHERE guild_id = $1", [guild])
            _ = try await session.query("UPDATE stage_queues SET current_user_id = NULL, current_since = NULL WHERE guild_id = $1", [guild])
            try await StageQueueEventLog.record(.cleared, guild: guild, member: nil, actor: actor, at: date,
                                                detail: StageQueueEventDetail(count: queue.entries.count), on: session)
            return ((try await reload(guild, on: session), queue.entries.count), true)
        }
    }

    /// Records what happened on the stage after a call (promoted, or why not): the Discord call
    /// runs after the call's transaction, so its result is a second event.
    func recordPromotion(_ result: StagePromotion.Result, of user: Snowflake, guild: Snowflake, stage: Snowflake, by actor: Snowflake,
                         at date: Date) async throws {
        switch result {
        case .promoted:
            try await StageQueueEventLog.record(.promoted, guild: guild, member: user, actor: actor, at: date,
                                                detail: StageQueueEventDetail(stageChannelId: stage), on: pool)
        case .notPromoted(let failure):
            // The event log is for operators and keeps one wording whatever the guild's language.
            try await StageQueueEventLog.record(.promotionFailed, guild: guild, member: user, actor: actor, at: date,
                                                detail: StageQueueEventDetail(reason: failure.text(stage: stage, in: .en), stageChannelId: stage),
                                                on: pool)
        }
    }

    /// Records the queue message the refresh posted, or clears one Discord no longer has.
    /// Upserts: setup may post the message before anyone has touched the queue.
    func setMessage(_ message: Snowflake?, channel: Snowflake?, guild: Snowflake, at date: Date = Date()) async throws {
        _ = try await pool.query("""
            INSERT INTO stage_queues (guild_id, message_id, message_channel_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
            ON CONFLICT (guild_id) DO UPDATE SET message_id = EXCLUDED.message_id, message_channel_id = EXCLUDED.message_channel_id
            """, [guild, message, channel, date])
    }

    /// Enqueues the queue message's refresh on `session` (for changes made elsewhere, like setup).
    func enqueueRefresh(guild: Snowflake, on session: some PostgresQuerying) async throws {
        var request = try JobRequest(Self.refreshJob.name, payload: Refresh(guildId: guild))
        request.singletonKey = "projection:stage_queue:\(guild)"
        request.singletonWindow = Self.refreshWindow
        _ = try await queue.enqueue(request, on: session)
    }

    // MARK: Internals

    /// Locks the guild's queue (creating it on first use), runs `body` and, when it says it
    /// changed something, stamps the queue and enqueues the message refresh in the same transaction.
    private func change<Outcome: Sendable>(
        guild: Snowflake, at date: Date,
        _ body: @Sendable (StageQueue, StageQueueSettings, PostgresSession) async throws -> (Outcome, changed: Bool)
    ) async throws -> Outcome {
        try await pool.withTransaction { session in
            _ = try await session.query("""
                INSERT INTO stage_queues (guild_id, created_at, updated_at) VALUES ($1, $2, $2) ON CONFLICT (guild_id) DO NOTHING
                """, [guild, date])
            guard let queue = try await Self.load(guild: guild, on: session, lock: true) else {
                throw DatabaseError.decoding("stage queue for guild \(guild) vanished inside its transaction")
            }
            let settings = try await StageQueueSettingsStore.load(guild: guild, on: session)
            let (outcome, changed) = try await body(queue, settings, session)
            if changed {
                _ = try await session.query("UPDATE stage_queues SET updated_at = $2 WHERE guild_id = $1", [guild, date])
                try await enqueueRefresh(guild: guild, on: session)
            }
            return outcome
        }
    }

    /// Deletes the entry and closes the gap behind it, so positions stay 1…n.
    private func removeEntry(_ user: Snowflake, at position: Int, guild: Snowflake, on session: PostgresSession) async throws {
        _ = try await session.query("DELETE FROM stage_queue_entries WHERE guild_id = $1 AND user_id = $2", [guild, user])
        _ = try await session.query("UPDATE stage_queue_entries SET position = position - 1 WHERE guild_id = $1 AND position > $2",
                                    [guild, position])
    }

    private func announce(_ announcement: StageQueueAnnouncement, on session: PostgresSession) async throws {
        _ = try await queue.enqueue(try JobRequest(StageQueueAnnouncement.job.name, payload: announcement), on: session)
    }

    private func reload(_ guild: Snowflake, on session: PostgresSession) async throws -> StageQueue {
        guard let queue = try await Self.load(guild: guild, on: session, lock: false) else {
            throw DatabaseError.decoding("stage queue for guild \(guild) vanished inside its transaction")
        }
        return queue
    }

    private static func load(guild: Snowflake, on database: some PostgresQuerying, lock: Bool) async throws -> StageQueue? {
        let head = try await database.query("""
            SELECT paused, current_user_id, current_since, message_channel_id, message_id
            FROM stage_queues WHERE guild_id = $1\(lock ? " FOR UPDATE" : "")
            """, [guild])
        guard let row = head.first else { return nil }
        let entries = try await database.query("""
            SELECT user_id, position, joined_at FROM stage_queue_entries WHERE guild_id = $1 ORDER BY position
            """, [guild]).rows.map { entry in
            StageQueueEntry(userID: try entry.decode(column: "user_id"), position: try entry.decode(column: "position"),
                            joinedAt: try entry.decode(column: "joined_at"))
        }
        return StageQueue(guildID: guild, paused: try row.decode(column: "paused"), currentUserID: try row.decode(column: "current_user_id"),
                          currentSince: try row.decode(column: "current_since"),
                          messageChannelID: try row.decode(column: "message_channel_id"), messageID: try row.decode(column: "message_id"),
                          entries: entries)
    }
}
