import Foundation
import Shared
import Testing
@testable import odysseyd

/// The queue under concurrent use: joins never duplicate a member or leave a gap, nexts never
/// call one member twice, and a burst of changes is one queue message edit per window.
@Suite("Stage queue concurrency")
struct StageQueueConcurrencyTests {
    typealias Demo = SandboxWorld.Demo
    static let guild = StageQueueTestbed.guild

    @Test func concurrentJoinsKeepOneEntryPerMemberAndDensePositions() async throws {
        try await StageQueueTestbed.with { bed in
            // Every member joins three times at once, by command and by the store directly.
            let members = (1...24).map { Snowflake(UInt64(900_000 + $0)) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for member in members {
                    for _ in 0..<3 { group.addTask { _ = try await bed.store.join(guild: Self.guild, user: member, at: Date()) } }
                }
                for user in [Demo.adaUserID, Demo.benUserID, Demo.cleoUserID] {
                    for _ in 0..<2 { group.addTask { _ = try await bed.run("/sign-up join", as: user) } }
                }
                try await group.waitForAll()
            }
            let queue = try await bed.queue()
            #expect(queue.entries.count == members.count + 3)
            #expect(Set(queue.entries.map(\.userID)).count == queue.entries.count, "no member twice")
            #expect(queue.entries.map(\.position) == Array(1...queue.entries.count), "positions 1…n without gaps")
            let joins = try await bed.eventKinds().filter { $0 == "joined" }.count
            #expect(joins == queue.entries.count, "a repeated join changes nothing and records nothing")

            // Concurrent nexts each call a different member, in order.
            let called = try await withThrowingTaskGroup(of: Snowflake?.self) { group in
                for _ in 0..<5 {
                    group.addTask {
                        guard case .called(_, _, let performer) = try await bed.store.next(guild: Self.guild, by: Snowflake(Demo.benUserID),
                                                                                           at: Date()) else { return nil }
                        return performer
                    }
                }
                return try await group.reduce(into: [Snowflake]()) { if let performer = $1 { $0.append(performer) } }
            }
            #expect(Set(called) == Set(queue.entries.prefix(5).map(\.userID)))
            let after = try await bed.queue()
            #expect(after.entries.map(\.position) == Array(1...after.entries.count))
            #expect(after.entries.first?.userID == queue.entries[5].userID)
        }
    }

    @Test func aBurstOfJoinsIsOneEditPerCoalescingWindow() async throws {
        try await StageQueueTestbed.with { bed in
            try await bed.configure()
            try await bed.runRefresh()
            let messageID = try #require(try await bed.queue().messageID)
            let editRoute = "/channels/{channel.id}/messages/{message.id}"
            func edits(status: Int = 200) async -> Int {
                await bed.harness.world.requests.filter { $0.method == "PATCH" && $0.template == editRoute && $0.status == status }.count
            }
            #expect(await edits() == 0)

            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...20 {
                    group.addTask { _ = try await bed.store.join(guild: Self.guild, user: Snowflake(UInt64(800_000 + index)), at: Date()) }
                }
                try await group.waitForAll()
            }
            let waiting = try await bed.waiting(StageQueueStore.refreshJob.name)
            #expect(waiting.count == 1, "twenty joins, one waiting refresh")
            let runAt = try #require(waiting.first?.runAt).timeIntervalSince1970
            #expect(runAt.truncatingRemainder(dividingBy: StageQueueStore.refreshWindow.seconds) == 0, "starts on a window boundary")
            #expect(waiting.first?.payload.contains("\"guild_id\"") == true)

            // Discord rate-limits the edit once: the REST client waits retry_after and sends it again.
            await bed.harness.world.force(.rateLimited(scope: "user", retryAfter: 1.5), count: 1, route: "PATCH \(editRoute)")
            try await bed.runRefresh()
            #expect(await edits() == 1, "one edit shows all twenty")
            #expect(await edits(status: 429) == 1)
            #expect(bed.harness.clock.slept.contains { $0 >= .seconds(1.5) }, "\(bed.harness.clock.slept)")
            let message = try await bed.harness.world.message(channel: Demo.signUpChannelID, id: messageID.rawValue)
            #expect(message["embeds"]?.arrayValue?.first?["footer"]?["text"] == .string(Localizer.plural(MessageKeys.StageQueue.waiting, 20, in: .ru)))

            // The next change after the run is a new window's refresh.
            _ = try await bed.store.leave(guild: Self.guild, user: Snowflake(800_001), by: Snowflake(800_001), at: Date())
            #expect(try await bed.waiting(StageQueueStore.refreshJob.name).count == 1)
        }
    }
}
