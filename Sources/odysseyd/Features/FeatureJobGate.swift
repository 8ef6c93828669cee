/// Makes a feature's jobs do nothing where the feature is switched off: in the job's guild (the
/// payload's `guild_id`), or globally for a job of no guild. The job then completes without
/// touching Discord, so switching a feature off stops its messages, edits and role grants at
/// once, and nothing piles up to replay when it is switched back on (the next change enqueues a
/// fresh refresh).
///
/// Which feature a job belongs to is ``JobFeature``'s prefix rule, the same one `doctor` uses for
/// schedules. A flag that cannot be read fails the job, which retries: a database hiccup must not
/// drop work.
///
/// ```swift
/// var featureJobs = JobHandlers()
/// StageQueueJobs(...).register(on: &featureJobs)
/// FeatureJobGate(flags: FeatureFlags(database: pool)).install(featureJobs, on: &handlers)
/// ```
struct FeatureJobGate: Sendable {
    let flags: FeatureFlags

    /// The part of any feature job's payload that names its guild.
    private struct GuildScope: Decodable {
        var guildId: Snowflake?
    }

    /// Registers every handler of `featureJobs` on `handlers`, each behind the gate.
    func install(_ featureJobs: JobHandlers, on handlers: inout JobHandlers) {
        for name in featureJobs.names {
            guard let handler = featureJobs.handler(for: name) else { continue }
            guard let feature = JobFeature.name(forJob: name) else {
                handlers.register(name, definition: featureJobs.definition(for: name), handler)
                continue
            }
            handlers.register(name, definition: featureJobs.definition(for: name)) { context in
                let guild = (try? context.payload(as: GuildScope.self))?.guildId
                guard try await flags.isEnabled(feature, guild: guild) else {
                    context.logger.info("job skipped: feature switched off", metadata: [
                        "feature": "\(feature)", "guild_id": "\(guild.map(\.description) ?? "-")",
                    ])
                    return
                }
                try await handler(context)
            }
        }
    }
}
