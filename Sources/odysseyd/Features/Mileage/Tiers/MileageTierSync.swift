import Foundation
import Logging

/// The `mileage.tiers.sync` job: makes a member's tier roles match their total (see
/// ``MileageTierPlan``), each change with an audit log reason. A role Discord refuses (the tier
/// role sits above the bot's, Manage Roles is missing, the role was deleted) is recorded in
/// ``MileageRoleFailureStore`` for `doctor`, and the job throws so the job system retries it with
/// backoff; the hourly `mileage.tiers.retry` job enqueues the sync again for anyone still failing,
/// so a grant is never lost. A change that succeeds clears its failure.
///
/// ```swift
/// var handlers = JobHandlers()
/// MileageTierSync(pool: pool, rest: rest, now: { Date() }, logger: logger, languages: languages).register(on: &handlers)
/// ```
struct MileageTierSync: Sendable {
    static let job = JobDefinition("mileage.tiers.sync", concurrency: 2,
                                   retry: RetryPolicy(maxAttempts: 8, delay: .seconds(60), backoff: true), expireAfter: .seconds(120))
    static let retryJob = JobDefinition("mileage.tiers.retry", concurrency: 1, expireAfter: .seconds(300))

    /// discord-docs/topics/opcodes-and-status-codes.mdx, JSON error codes.
    static let unknownMember = 10007
    static let unknownRole = 10011

    struct Payload: Codable, Sendable {
        var guildId: Snowflake
        var userId: Snowflake
    }

    /// What one sync did.
    struct Outcome: Sendable, Equatable {
        var added: [Snowflake] = []
        var removed: [Snowflake] = []
        var failed: [Snowflake] = []
        var memberGone = false
    }

    /// Some tier roles could not be changed; the job retries.
    struct Incomplete: Error, CustomStringConvertible {
        let guild: Snowflake
        let user: Snowflake
        let failed: [Snowflake]
        var description: String { "tier roles \(failed.map(\.description).joined(separator: ", ")) for member \(user) in guild \(guild) could not be changed" }
    }

    let pool: PostgresPool
    let rest: DiscordRESTClient
    let now: @Sendable () -> Date
    let logger: Logger
    /// Audit log reasons are read by the guild's moderators, so they are in the guild's language.
    let languages: LanguageResolver

    var failures: MileageRoleFailureStore { MileageRoleFailureStore(database: pool) }

    /// The job for one member; duplicates waiting for the same member collapse into one.
    static func request(guild: Snowflake, user: Snowflake) throws -> JobRequest {
        var request = try JobRequest(job.name, payload: Payload(guildId: guild, userId: user))
        request.singletonKey = "mileage:tiers:\(guild):\(user)"
        return request
    }

    func register(on handlers: inout JobHandlers) {
        handlers.register(Self.job.name, definition: Self.job) { context in
            let payload = try context.payload(as: Payload.self)
            let outcome = try await sync(guild: payload.guildId, user: payload.userId)
            if !outcome.failed.isEmpty { throw Incomplete(guild: payload.guildId, user: payload.userId, failed: outcome.failed) }
        }
        handlers.register(Self.retryJob.name, definition: Self.retryJob) { _ in
            try await enqueueRetries()
        }
    }

    /// Brings the member's tier roles in line; failures are recorded and returned, not thrown.
    func sync(guild: Snowflake, user: Snowflake) async throws -> Outcome {
        let (total, tiers, settings) = try await pool.withConnection { session in
            let total = try await session.query("SELECT points FROM mileage_totals WHERE guild_id = $1 AND user_id = $2", [guild, user])
                .first?.decode(Int64.self, column: "points") ?? 0
            return (total, try await MileageConfigStore.tiers(guild: guild, on: session),
                    try await MileageConfigStore.settings(guild: guild, on: session))
        }
        var outcome = Outcome()
        let member: GuildMember
        do {
            member = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}/members/{user.id}",
                                                      ["guild.id": guild.description, "user.id": user.description]))
        } catch let error as DiscordAPIError where error.code == Self.unknownMember {
            // Gone from the guild: nothing to grant, nothing left to report.
            try await failures.clear(guild: guild, user: user)
            outcome.memberGone = true
            return outcome
        }
        let plan = MileageTierPlan(total: total, tiers: tiers, mode: settings.tierMode, current: member.roles)
        let language = plan.isEmpty ? Language.default : await languages.language(for: guild)
        for role in plan.add {
            let reason = Self.grantReason(threshold: plan.thresholds[role] ?? 0, in: language)
            if try await change(role, add: true, guild: guild, user: user, reason: reason) { outcome.added.append(role) } else { outcome.failed.append(role) }
        }
        for role in plan.remove {
            let reason = Self.removalReason(threshold: plan.thresholds[role] ?? 0, total: total, in: language)
            if try await change(role, add: false, guild: guild, user: user, reason: reason) { outcome.removed.append(role) } else { outcome.failed.append(role) }
        }
        // Failures for roles that need no change any more (a tier removed, the total moved back) are stale.
        try await failures.clear(guild: guild, user: user, except: Set(outcome.failed))
        if !plan.isEmpty {
            logger.info("mileage tier roles synced", metadata: [
                "feature": "mileage", "guild_id": "\(guild)", "user_id": "\(user)", "total": "\(total)",
                "added": "\(outcome.added.count)", "removed": "\(outcome.removed.count)", "failed": "\(outcome.failed.count)",
            ])
        }
        return outcome
    }

    /// The audit log reason for granting the tier at `threshold`.
    static func grantReason(threshold: Int64, in language: Language) -> String {
        Localizer.text(MessageKeys.Mileage.auditReached, ["threshold": MileageText.points(threshold, in: language)], in: language)
    }

    /// Why a tier role is taken away: a higher tier replaced it, or the total fell below it.
    static func removalReason(threshold: Int64, total: Int64, in language: Language) -> String {
        guard threshold > total else { return Localizer.text(MessageKeys.Mileage.auditReplaced, in: language) }
        return Localizer.text(MessageKeys.Mileage.auditBelow, ["total": MileageText.points(total, in: language),
                                                               "threshold": MileageText.points(threshold, in: language)], in: language)
    }

    /// Enqueues a sync for every member with an open failure (singleton keys collapse repeats).
    func enqueueRetries() async throws {
        let members = try await failures.members()
        guard !members.isEmpty else { return }
        let queue = JobQueue(database: pool, handlers: JobHandlers())
        _ = try await queue.enqueue(batch: try members.map { try Self.request(guild: $0.guild, user: $0.user) }, on: pool)
    }

    /// True when Discord made the change; false when it refused in a way only an operator can fix.
    private func change(_ role: Snowflake, add: Bool, guild: Snowflake, user: Snowflake, reason: String) async throws -> Bool {
        let route = DiscordRoute(add ? .put : .delete, "/guilds/{guild.id}/members/{user.id}/roles/{role.id}",
                                 ["guild.id": guild.description, "user.id": user.description, "role.id": role.description])
        do {
            try await rest.sendWithoutResponse(route, auditLogReason: reason)
            try await failures.clear(guild: guild, user: user, role: role)
            return true
        } catch let error as DiscordAPIError where error.status == 403 || error.code == Self.unknownRole {
            logger.warning("cannot change a mileage tier role", metadata: [
                "feature": "mileage", "guild_id": "\(guild)", "user_id": "\(user)", "role_id": "\(role)",
                "action": "\(add ? "grant" : "remove")", "error": "\(error)",
            ])
            try await failures.record(guild: guild, user: user, role: role, error: error.description, at: now())
            return false
        }
    }
}
