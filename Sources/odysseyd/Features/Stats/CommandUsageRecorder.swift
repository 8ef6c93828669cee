import Foundation
import Logging
import ServiceLifecycle

/// Counts command uses per command, guild and UTC day, with the members who used them
/// (`command_usage_daily`, `command_usage_members` in migrations/0004_tabletop.sql).
///
/// ``record(command:guildID:userID:day:)`` only touches memory, so an interaction never waits on
/// PostgreSQL. ``flush()`` writes what has gathered in one transaction with two set-based upserts;
/// if it fails, the counts go back into the buffer for the next flush. As a service it flushes
/// every few seconds and once more on graceful shutdown, so it must stop before the pool does:
/// it comes after `pool` in the daemon's service list, which stops in reverse order.
///
/// While the schema is behind (maintenance) nothing is written and the counts keep gathering.
///
/// ```swift
/// let usage = CommandUsageRecorder(database: pool, schemaReady: { await gate.isRunning }, logger: logger)
/// await usage.record(interaction, command: "roll dice")
/// try await usage.flush()
/// ```
actor CommandUsageRecorder: Service {
    let database: PostgresPool
    let schemaReady: @Sendable () async -> Bool
    let flushInterval: Duration
    private let logger: Logger
    private var buffer = CommandUsageBuffer()
    /// Set while flushes fail, so an outage logs once rather than every interval.
    private var failing = false

    init(database: PostgresPool, schemaReady: @escaping @Sendable () async -> Bool,
         flushInterval: Duration = .seconds(5), logger: Logger) {
        self.database = database
        self.schemaReady = schemaReady
        self.flushInterval = flushInterval
        self.logger = logger
    }

    /// Counts one use. `guildID` nil means a DM (stored as guild 0); without a user only the use counts.
    func record(command: String, guildID: Snowflake?, userID: Snowflake?, day: UsageDay) {
        let key = CommandUsageBuffer.Key(day: day, guildID: guildID.map(Self.bigint) ?? 0, command: command)
        buffer.add(key, userID: userID.map(Self.bigint))
    }

    /// Counts a routed command on the UTC day its snowflake was created, which is when the member
    /// used it even if the gateway delivers it late.
    func record(_ interaction: Interaction, command: String) {
        record(command: command, guildID: interaction.guildID, userID: interaction.invokingUser?.id,
               day: UsageDay(interaction.id.timestamp))
    }

    /// What has not been written yet.
    var pending: CommandUsageBuffer { buffer }

    /// Writes the buffer in one transaction. Returns false (and keeps everything) while the schema
    /// is not current; throws when the write fails, after putting the counts back.
    @discardableResult
    func flush() async throws -> Bool {
        guard !buffer.isEmpty else { return true }
        guard await schemaReady() else { return false }
        // Taken out before the await: records arriving meanwhile gather in a fresh buffer.
        let batch = buffer
        buffer = CommandUsageBuffer()
        do {
            try await Self.write(batch, to: database)
        } catch {
            buffer.merge(batch)
            throw error
        }
        return true
    }

    func run() async throws {
        await Ticker.every(flushInterval) { [self] in await flushLogging() }
        // Graceful shutdown: the pool is still open, since it stops after this service.
        await flushLogging()
        if !buffer.isEmpty {
            logger.warning("command usage not written at shutdown", metadata: ["uses": "\(buffer.totalUses)"])
        }
    }

    private func flushLogging() async {
        do {
            try await flush()
            if failing {
                failing = false
                logger.notice("command usage written again")
            }
        } catch {
            guard !failing else { return }
            failing = true
            logger.warning("cannot write command usage; keeping it in memory and retrying", metadata: [
                "error": "\(error)", "uses": "\(buffer.totalUses)",
            ])
        }
    }

    private static func write(_ batch: CommandUsageBuffer, to database: PostgresPool) async throws {
        let uses = Array(batch.uses)
        let members = Array(batch.members)
        try await database.withTransaction { tx in
            if !uses.isEmpty {
                _ = try await tx.query("""
                    INSERT INTO command_usage_daily (day, guild_id, command, uses)
                    SELECT * FROM unnest($1::date[], $2::bigint[], $3::text[], $4::bigint[])
                    ON CONFLICT (day, guild_id, command) DO UPDATE SET uses = command_usage_daily.uses + excluded.uses
                    """, [uses.map(\.key.day), uses.map(\.key.guildID), uses.map(\.key.command), uses.map(\.value)])
            }
            if !members.isEmpty {
                _ = try await tx.query("""
                    INSERT INTO command_usage_members (day, guild_id, command, user_id)
                    SELECT * FROM unnest($1::date[], $2::bigint[], $3::text[], $4::bigint[])
                    ON CONFLICT DO NOTHING
                    """, [members.map(\.key.day), members.map(\.key.guildID), members.map(\.key.command), members.map(\.userID)])
            }
        }
    }

    /// Snowflakes stay below 2^63 for the next two centuries, so the bit pattern is the value.
    static func bigint(_ id: Snowflake) -> Int64 { Int64(truncatingIfNeeded: id.rawValue) }
}
