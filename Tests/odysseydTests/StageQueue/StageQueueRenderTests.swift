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
        typealias Keys = MessageKeys.StageQueue
        let entries = (1...3).map { StageQueueEntry(userID: Snowflake(UInt64(100 + $0)), position: $0, joinedAt: Date()) }
        let queue = StageQueue(guildID: Self.guild, paused: false, currentUserID: 7, currentSince: Date(), messageChannelID: nil,
                               messageID: nil, entries: entries)
        let payload = StageQueueMessage.payload(for: queue, in: .ru)
        #expect(payload.allowedMentions == .nobody)
        let embed = try? #require(payload.embeds?.first)
        #expect(embed?.title == Localizer.text(Keys.messageTitle, in: .ru))
        #expect(embed?.description == Localizer.text(Keys.messageOnStage, ["member": "7"], in: .ru) + "\n\n`1.` <@101>\n`2.` <@102>\n`3.` <@103>")
        #expect(embed?.footer?.text == Localizer.plural(Keys.waiting, 3, in: .ru))
        #expect(RequestLimits.violations(in: payload).isEmpty)

        let english = StageQueueMessage.payload(for: queue, in: .en)
        #expect(english.embeds?.first?.description == "🎤 On stage: <@7>\n\n`1.` <@101>\n`2.` <@102>\n`3.` <@103>")
        #expect(english.embeds?.first?.footer?.text == "3 waiting")

        let long = StageQueue(guildID: Self.guild, paused: true, currentUserID: nil, currentSince: nil, messageChannelID: nil, messageID: nil,
                              entries: (1...120).map { StageQueueEntry(userID: Snowflake(UInt64(1_000_000_000_000_000 + $0)), position: $0, joinedAt: Date()) })
        for language in Language.allCases {
            let longPayload = StageQueueMessage.payload(for: long, in: language)
            #expect(longPayload.embeds?.first?.title == Localizer.text(Keys.messageTitlePaused, in: language))
            #expect(longPayload.embeds?.first?.description?.contains(Localizer.plural(Keys.messageMore, 70, in: language)) == true)
            #expect(longPayload.embeds?.first?.description?.hasSuffix(Localizer.text(Keys.messagePaused, in: language)) == true)
            #expect(RequestLimits.violations(in: longPayload).isEmpty, "\(language)")
        }
        #expect(StageQueueMessage.payload(for: long, in: .en).embeds?.first?.description?.contains("…and 70 more") == true)

        let empty = StageQueue.empty(guild: Self.guild)
        #expect(StageQueueMessage.embed(for: empty, in: .en).description
                == "🎤 On stage: nobody yet\n\nNobody is waiting. Press **Join** or use `/sign-up join`.")
        #expect(StageQueueMessage.embed(for: empty, in: .ru).footer?.text == Localizer.text(Keys.nobodyWaiting, in: .ru))
    }

    /// Russian counts take three forms (1 человек, 3 человека, 5 человек; 11 to 14 are "many").
    @Test func waitingCountsUseTheRussianPluralForms() {
        let forms: [(Int, Localizer.PluralForm)] = [(1, .one), (3, .few), (5, .many), (11, .many), (14, .many), (21, .one), (22, .few), (111, .many)]
        for (count, form) in forms {
            #expect(StageQueueText.waiting(count, in: .ru)
                    == Localizer.text("\(MessageKeys.StageQueue.waiting).\(form.rawValue)", ["count": String(count)], in: .ru), "\(count)")
        }
        #expect(StageQueueText.waiting(0, in: .ru) == Localizer.text(MessageKeys.StageQueue.nobodyWaiting, in: .ru))
        #expect(StageQueueText.waiting(1, in: .en) == "1 waiting")
        #expect(StageQueueText.waiting(0, in: .en) == "Nobody is waiting")
    }

    @Test func announcementsRenderInTheLanguageTheyAreGiven() {
        let joined = StageQueueAnnouncement.joined(5, position: 2, guild: Self.guild, channel: 30)
        #expect(joined.content(in: .en) == "📝 <@5> signed up for the stage (#2 in the queue).")
        #expect(joined.content(in: .ru) == Localizer.text(MessageKeys.StageQueue.announceJoined, ["member": "5", "position": "2"], in: .ru))
        #expect(joined.payload(in: .ru).allowedMentions == .nobody)
        let called = StageQueueAnnouncement.called(5, remaining: 0, guild: Self.guild, channel: 30)
        #expect(called.content(in: .en) == "🎤 <@5>, you're up! Nobody is waiting.")
        #expect(called.content(in: .ru) == Localizer.text(MessageKeys.StageQueue.announceCalled,
                                                          ["member": "5", "waiting": StageQueueText.waiting(0, in: .ru)], in: .ru))
        #expect(called.payload(in: .ru).allowedMentions == AllowedMentions(users: [5]))
    }

    @Test func promotionFailuresReadAsReasons() {
        typealias Keys = MessageKeys.StageQueue
        let stage: Snowflake = 23
        let notThere = DiscordAPIError(status: 404, route: "PATCH /guilds/1/voice-states/2", code: 10065, message: "Unknown Voice State")
        #expect(StagePromotion.failure(for: notThere) == .notConnected)
        #expect(StagePromotion.Failure.notConnected.text(stage: stage, in: .en) == "they are not connected to <#23>")
        #expect(StagePromotion.Failure.notConnected.text(stage: stage, in: .ru) == Localizer.text(Keys.promotionNotConnected, ["stage": "23"], in: .ru))
        let elsewhere = DiscordAPIError(status: 400, route: "r", code: 50024, message: "Cannot execute action on this channel type")
        #expect(StagePromotion.failure(for: elsewhere) == .wrongChannel)
        #expect(StagePromotion.Failure.wrongChannel.text(stage: stage, in: .en).hasPrefix("they are not in <#23>"))
        #expect(StagePromotion.Failure.missingPermission.text(stage: stage, in: .en) == "I lack the Mute Members permission in <#23>")
        #expect(StagePromotion.Failure.missingPermission.text(stage: stage, in: .ru)
                == Localizer.text(Keys.promotionMissingPermission,
                                  ["stage": "23", "permission": DiscordPermissions.muteMembers.names(in: .ru).joined()], in: .ru))
        let other = DiscordAPIError(status: 403, route: "r", code: 50001, message: nil)
        #expect(StagePromotion.failure(for: other) == .refused(code: "50001", message: nil))
        #expect(StagePromotion.Failure.refused(code: "50001", message: nil).text(stage: stage, in: .en) == "Discord refused (50001: no message)")
        #expect(StagePromotion.Failure.refused(code: "50001", message: nil).text(stage: stage, in: .ru)
                == Localizer.text(Keys.promotionRefused, ["code": "50001", "message": Localizer.text(Keys.promotionNoMessage, in: .ru)], in: .ru))
        #expect(StageQueueCommands.calledText(previous: 5, performer: nil, promotion: nil, stage: stage, remaining: 0, in: .ru)
                == Localizer.text(Keys.nextFinished, ["member": "5"], in: .ru))
        #expect(StageQueueCommands.calledText(previous: 5, performer: nil, promotion: nil, stage: stage, remaining: 0, in: .en)
                == "<@5> is off stage. The queue is empty.")
        #expect(StageQueueCommands.calledText(previous: nil, performer: 6, promotion: .notPromoted(.notAMember), stage: stage, remaining: 2, in: .en)
                == "🎤 <@6> is called, but could not be promoted to speaker: they are no longer a member of this server. 2 waiting.")
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
