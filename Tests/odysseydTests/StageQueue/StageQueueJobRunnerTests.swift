import Foundation
import Shared
import Testing
@testable import odysseyd

/// The stage queue's jobs run by the real job runner, registered as the daemon registers them:
/// the queue message follows a burst of sign-ups with at most one edit per 2-second window, and
/// every announcement goes out once.
@Suite("Stage queue jobs")
struct StageQueueJobRunnerTests {
    typealias Demo = SandboxWorld.Demo
    static let guild = StageQueueTestbed.guild

    @Test func theRunnerKeepsTheQueueMessageCurrentAndAnnounces() async throws {
        try await StageQueueTestbed.with { bed in
            var handlers = JobHandlers()
            StageQueueJobs(store: bed.store, rest: bed.harness.client, logger: .test, languages: LanguageResolver(database: bed.pool)).register(on: &handlers)
            var settings = JobRunner.Settings()
            settings.runsScheduler = false
            let runner = JobRunner(queue: JobQueue(database: bed.pool, handlers: handlers), gate: nil, health: nil, settings: settings, logger: .test)
            let running = Task { try await runner.run() }
            defer { runner.stop() }
            await runner.waitUntilStarted()

            try await bed.configure()
            try await eventually { try await bed.queue().messageID != nil }
            let messageID = try #require(try await bed.queue().messageID)

            let members = (1...20).map { Snowflake(UInt64(700_000 + $0)) }
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for member in members { group.addTask { _ = try await bed.store.join(guild: Self.guild, user: member, at: Date()) } }
                try await group.waitForAll()
            }
            try await eventually {
                let message = try await bed.harness.world.message(channel: Demo.signUpChannelID, id: messageID.rawValue)
                return message["embeds"]?.arrayValue?.first?["footer"]?["text"] == .string(Localizer.plural(MessageKeys.StageQueue.waiting, 20, in: .ru))
            }
            let windows = Int(((ContinuousClock.now - started) / StageQueueStore.refreshWindow).rounded(.up)) + 1
            let edits = await bed.harness.world.requests.filter { $0.method == "PATCH" && $0.template == "/channels/{channel.id}/messages/{message.id}" }
            #expect(!edits.isEmpty && edits.count <= windows, "\(edits.count) edits in \(windows) windows")

            try await eventually { await bed.harness.world.messages(in: Demo.announcementsChannelID).count == members.count }
            let announced = await bed.harness.world.messages(in: Demo.announcementsChannelID).compactMap { $0["content"]?.stringValue }
            #expect(Set(announced).count == members.count, "each sign-up announced once")
            // In the guild's language (Russian by default), each at some place in the queue.
            let possible = Set(members.flatMap { member in
                (1...members.count).map { StageQueueTestbed.text(MessageKeys.StageQueue.announceJoined,
                                                                 ["member": member.description, "position": String($0)]) }
            })
            #expect(Set(announced).isSubset(of: possible), "\(announced)")

            runner.stop()
            try await running.value
        }
    }
}
