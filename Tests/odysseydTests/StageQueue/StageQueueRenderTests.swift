import Foundation
import Testing
@testable import odysseyd

/// What `/sign-up` declares and renders, without a database.
@Suite("Stage queue rendering")
struct StageQueueRenderTests {
    static let guild: Snowflake = 10

    @Test func declaresEverySubcommand() {
        let definition = StageQueueCommands.definition
        #expect(definition.name == "sign-up")
        #expect(definition.options?.map(\.name) == ["join", "leave", "list", "next", "remove", "move", "pause", "resume", "clear", "setup"])
        #expect(RequestLimits.violations(in: definition).isEmpty)
    }

    @Test func theQueueMessageListsTheOrderAndTheStage() {
        let entries = (1...3).map { StageQueueEntry(userID: Snowflake(UInt64(100 + $0)), position: $0, joinedAt: Date()) }
        let queue = StageQueue(guildID: Self.guild, paused: false, currentUserID: 7, currentSince: Date(), messageChannelID: nil,
                               messageID: nil, entries: entries)
        let payload = StageQueueMessage.payload(for: queue)
        #expect(payload.allowedMentions == .nobody)
        let embed = try? #require(payload.embeds?.first)
        #expect(embed?.description == "🎤 On stage: <@7>\n\n`1.` <@101>\n`2.` <@102>\n`3.` <@103>")
        #expect(embed?.footer?.text == "3 waiting")
        #expect(RequestLimits.violations(in: payload).isEmpty)

        let long = StageQueue(guildID: Self.guild, paused: true, currentUserID: nil, currentSince: nil, messageChannelID: nil, messageID: nil,
                              entries: (1...120).map { StageQueueEntry(userID: Snowflake(UInt64(1_000_000_000_000_000 + $0)), position: $0, joinedAt: Date()) })
        let longPayload = StageQueueMessage.payload(for: long)
        #expect(longPayload.embeds?.first?.title == "Stage sign-up queue (paused)")
        #expect(longPayload.embeds?.first?.description?.contains("…and 70 more") == true)
        #expect(RequestLimits.violations(in: longPayload).isEmpty)
    }

    @Test func promotionFailuresReadAsReasons() {
        let stage: Snowflake = 23
        let notThere = DiscordAPIError(status: 404, route: "PATCH /guilds/1/voice-states/2", code: 10065, message: "Unknown Voice State")
        #expect(StagePromotion.reason(for: notThere, stage: stage) == "they are not connected to <#23>")
        let elsewhere = DiscordAPIError(status: 400, route: "r", code: 50024, message: "Cannot execute action on this channel type")
        #expect(StagePromotion.reason(for: elsewhere, stage: stage).hasPrefix("they are not in <#23>"))
        #expect(StageQueueCommands.calledText(previous: 5, performer: nil, promotion: nil, stage: stage, remaining: 0)
                == "<@5> is off stage. The queue is empty. Nobody is waiting.")
    }

    @Test func signUpIsGuildOnlyAndSetupNeedsManageServer() async throws {
        var router = InteractionRouter()
        // Routing never touches the database: a pool that could not connect is enough.
        let pool = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent dbname=none"), size: 1, logger: .test)
        StageQueueFeature(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers())).register(on: &router)
        await pool.close()
        let dm = try JSONDecoder().decode(Interaction.self, from: Data("""
            {"id":"1191168914231525999","application_id":"1","type":2,"token":"t","version":1,"channel_id":"5",
             "user":{"id":"9","username":"someone"},"data":{"id":"3","name":"sign-up","type":1,"options":[{"name":"join","type":1}]}}
            """.utf8))
        guard case .refuse(let reply, _) = router.decide(dm) else { Issue.record("a DM reached the handler"); return }
        #expect(reply == .ephemeral(Localizer.text(MessageKeys.Interaction.guildOnly, in: .ru)))  // the router's refusal, default language
    }
}
