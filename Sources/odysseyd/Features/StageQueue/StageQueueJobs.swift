import Logging

/// The stage queue's background work, registered with the daemon's job handlers in one call:
/// the queue message refresh and the announcements, both rendered in the guild's language.
///
/// ```swift
/// var handlers = JobHandlers()
/// StageQueueJobs(store: StageQueueStore(pool: pool, queue: queue), rest: rest, logger: logger, languages: languages)
///     .register(on: &handlers)
/// ```
struct StageQueueJobs: Sendable {
    let store: StageQueueStore
    let rest: DiscordRESTClient
    let logger: Logger
    let languages: LanguageResolver

    func register(on handlers: inout JobHandlers) {
        let editor = StageQueueMessageEditor(store: store, rest: rest, logger: logger, languages: languages)
        handlers.register(StageQueueStore.refreshJob.name, definition: StageQueueStore.refreshJob) { context in
            try await editor.refresh(guild: try context.payload(as: StageQueueStore.Refresh.self).guildId)
        }
        let announcer = StageQueueAnnouncer(rest: rest, languages: languages)
        handlers.register(StageQueueAnnouncement.job.name, definition: StageQueueAnnouncement.job) { context in
            try await announcer.post(try context.payload(as: StageQueueAnnouncement.self))
        }
    }
}
