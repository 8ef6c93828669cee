import Foundation
import Hummingbird
import Shared
import Testing
@testable import odysseyd

/// `/stats` (its declaration, its reply within Discord's limits, its handler on a real database)
/// and the control route's query parsing.
@Suite("Stats command and route")
struct StatsFeatureTests {
    static func report(commands: [CommandUsageEntry]) -> CommandUsageReport {
        CommandUsageReport(since: UsageDay(CommandUsageTests.now).adding(days: -7).start, until: CommandUsageTests.now, guildId: "500",
                           totalUses: commands.map(\.uses).reduce(0, +), distinctMembers: 3, activeDays: 2, commands: commands)
    }

    static func violations(_ embed: Embed) -> [RequestLimitViolation] {
        RequestLimits.violations(in: InteractionResponse.message(MessagePayload(embeds: [embed], flags: .ephemeral)))
    }

    @Test func theCommandIsGuildOnlyWithABoundedDaysOption() throws {
        let feature = StatsFeature(store: CommandUsageStore(database: NoDatabase()))
        let command = try #require(feature.commands.first)
        #expect(feature.name == FeatureCatalog.core.name)
        #expect(command.name == "stats" && command.contexts == [.guild])
        let days = try #require(command.options?.first)
        #expect(days.name == "days" && days.type == .integer && days.required != true)
        #expect(days.minValue == .integer(1) && days.maxValue == .integer(90))
        #expect(RequestLimits.violations(inCommands: feature.commands).isEmpty)
    }

    @Test func anEmptyPeriodGetsAFriendlyLine() {
        let embed = StatsFeature.embed(for: Self.report(commands: []), days: 7, in: .en)
        #expect(embed.title == "Command usage, last 7 days")
        #expect(embed.description?.hasPrefix("No commands used here in that time yet.") == true)
        #expect(embed.fields == nil)
        #expect(Self.violations(embed).isEmpty)
    }

    @Test func theTopCommandsFitDiscordsLimitsAndTheRestAreSummed() {
        let long = String(repeating: "x", count: 32)
        let commands = (0..<60).map { CommandUsageEntry(command: "\(long) \(long) \(long)\($0)", uses: 100 - $0, members: 1) }
        let embed = StatsFeature.embed(for: Self.report(commands: commands), days: 1, in: .en)
        #expect(embed.title == "Command usage, last 1 day")
        let lines = embed.description?.split(separator: "\n") ?? []
        #expect(lines.count == StatsFeature.shownCommands + 1)
        #expect(lines.first?.hasPrefix("`/\(long) \(long) \(long)0`: 100 uses, 1 member") == true, "\(lines.first ?? "")")
        #expect(lines.last == "…and 40 more commands with \((0..<40).map { 80 - $0 }.reduce(0, +)) uses")
        #expect(embed.fields?.map(\.value) == [String(commands.map(\.uses).reduce(0, +)), "3", "2"])
        #expect(Self.violations(embed).isEmpty, "\(Self.violations(embed))")
    }

    @Test func theHandlerAnswersWithThisServersUsage() async throws {
        try await CommandUsageTests.Fixture.with { fixture in
            let day = UsageDay(UsageInteraction.createdAt)
            await fixture.recorder.record(command: "roll dice", guildID: 500, userID: 1, day: day)
            await fixture.recorder.record(command: "roll dice", guildID: 500, userID: 2, day: day.adding(days: -2))
            await fixture.recorder.record(command: "roll dice", guildID: 500, userID: 2, day: day.adding(days: -20))
            await fixture.recorder.record(command: "ping", guildID: 600, userID: 1, day: day)
            try await fixture.recorder.flush()
            var router = InteractionRouter()
            StatsFeature(store: fixture.store, now: { UsageInteraction.createdAt }).register(on: &router)
            let rest = DiscordRESTClient(baseURL: "http://127.0.0.1:9", token: "t", limiter: RateLimiter(), httpClient: nil, logger: .test)
            let responder = InteractionResponder(
                router: router,
                rest: rest,
                applicationID: 1, now: { Date() }, logger: .test)

            let answer = await responder.start(try UsageInteraction.command("stats"))
            let refusal = await responder.start(try UsageInteraction.command("stats", guild: false))
            await rest.shutdown()
            guard case .immediate(.message(let payload)) = answer else {
                Issue.record("an immediate message")
                return
            }
            #expect(payload.flags?.contains(.ephemeral) == true)
            let embed = try #require(payload.embeds?.first)
            // Through the responder without a guild setting: the default language, ru.
            #expect(embed.description == "`/roll dice`: 2 использования, 2 участника", "this server, the last 7 days: \(embed.description ?? "nil")")
            #expect(embed.fields?.map(\.value) == ["2", "2", "2"])

            guard case .immediate(.message(let dm)) = refusal else {
                Issue.record("a refusal")
                return
            }
            #expect(dm.content == Localizer.text(MessageKeys.Interaction.guildOnly, in: .ru))  // the router's refusal, default language
        }
    }

    // MARK: GET /v1/stats query parsing

    @Test func sinceTakesCompactDurations() throws {
        #expect(try UsageControlRoutes.windowSeconds(nil) == 7 * 86_400)
        #expect(try UsageControlRoutes.windowSeconds("7d") == 7 * 86_400)
        #expect(try UsageControlRoutes.windowSeconds("1d12h") == 36 * 3_600)
        #expect(try UsageControlRoutes.windowSeconds("604800s") == 604_800)
        for bad in ["7", "d", "7x", "-1d", "12h1d", "7d7d", "99999999999999999999d", "36500000d"] {
            #expect(throws: HTTPError.self, "\(bad)") { try UsageControlRoutes.windowSeconds(bad) }
        }
    }

    @Test func guildIDsAreSnowflakesOrZeroForDMs() throws {
        #expect(try UsageControlRoutes.guildID(nil) == nil)
        #expect(try UsageControlRoutes.guildID("") == nil)
        #expect(try UsageControlRoutes.guildID("0") == 0)
        #expect(try UsageControlRoutes.guildID("1234567890123456789") == 1_234_567_890_123_456_789)
        for bad in ["abc", "-5", "18446744073709551615", "12 34"] {
            #expect(throws: HTTPError.self, "\(bad)") { try UsageControlRoutes.guildID(bad) }
        }
    }
}

/// For code that must be handed a database but never reaches it.
private struct NoDatabase: PostgresQuerying {
    func query(_ sql: String, _ parameters: [any PostgresEncodable]) async throws -> PostgresQueryResult {
        throw DatabaseError.poolClosed
    }
}
