import Foundation
import Testing
@testable import odysseyd

/// Awarding: cooldowns, counting each source once, concurrent events and the gate, bots,
/// moderators' adjustments and reversals, and the tier sync enqueued with the award.
@Suite(.serialized) struct MileageEngineTests {
    typealias Bed = MileageTestbed

    @Test func aMessageFloodEarnsOncePerCooldown() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let t0 = Bed.start
            // Default: 1 point per message, once a minute.
            #expect(await bed.hooks.messageCreated(bed.message(at: t0))?.points == 1)
            #expect(await bed.hooks.messageCreated(bed.message(at: t0.addingTimeInterval(30))) == .coolingDown)
            #expect(await bed.hooks.messageCreated(bed.message(at: t0.addingTimeInterval(59))) == .coolingDown)
            #expect(await bed.hooks.messageCreated(bed.message(at: t0.addingTimeInterval(60)))?.points == 1)
            #expect(try await bed.total() == 2)
            // A cooled-down event leaves no row: only what was awarded is in the ledger.
            #expect(try await bed.count("SELECT count(*) FROM mileage_events") == 2)

            // The guild's event map wins over the defaults.
            try await bed.config.setRule(.messageSent, MileageRule(points: 3, cooldownSeconds: 600), guild: Bed.guild, at: t0)
            #expect(await bed.hooks.messageCreated(bed.message(at: t0.addingTimeInterval(200))) == .coolingDown)
            #expect(await bed.hooks.messageCreated(bed.message(at: t0.addingTimeInterval(660)))?.points == 3)
            try await bed.config.setRule(.reactionAdded, MileageRule(points: 0, cooldownSeconds: 0), guild: Bed.guild, at: t0)
            #expect(try await bed.engine.award(bed.event(.reactionAdded)) == .ignored(.noPoints))
            #expect(try await bed.total() == 5)
        }
    }

    @Test func cooldownsArePerMemberAndPerType() async throws {
        try await Bed.with { (bed: Bed) async throws in
            #expect(try await bed.engine.award(bed.event(.messageSent)).points == 1)
            #expect(try await bed.engine.award(bed.event(.messageSent, user: Bed.ben)).points == 1)
            #expect(try await bed.engine.award(bed.event(.commandUsed)).points == 1)
            #expect(try await bed.engine.award(bed.event(.messageSent)) == .coolingDown)
        }
    }

    @Test func aRedeliveredEventCountsOnce() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let message = bed.message(at: Bed.start)
            #expect(await bed.hooks.messageCreated(message)?.points == 1)
            // After a resume the gateway may send it again, even once the cooldown is over.
            #expect(await bed.hooks.messageCreated(message) == .duplicate)
            let later = Bed.start.addingTimeInterval(3600)
            #expect(try await bed.engine.award(bed.event(.messageSent, source: message.id.description, at: later)) == .duplicate)
            let reaction = MessageReactionAdd(userID: Bed.ben, channelID: message.channelID, messageID: message.id, guildID: Bed.guild,
                                              emoji: PartialEmoji(name: "🎤"), messageAuthorID: Bed.cleo)
            #expect(await bed.hooks.reactionAdded(reaction)?.points == 1)
            bed.clock.advance(by: .seconds(3600))
            #expect(await bed.hooks.reactionAdded(reaction) == .duplicate)
            #expect(try await bed.total() == 1)
            #expect(try await bed.total(Bed.ben) == 1)
        }
    }

    @Test func concurrentEventsPassTheGateOnce() async throws {
        try await Bed.with(poolSize: 8) { (bed: Bed) async throws in
            let at = Bed.start
            let awards = try await withThrowingTaskGroup(of: MileageAward.self) { group in
                for index in 0..<16 {
                    group.addTask { try await bed.engine.award(bed.event(.messageSent, source: "burst-\(index)", at: at)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(awards.filter { $0.points > 0 }.count == 1)
            #expect(awards.filter { $0 == .coolingDown }.count == 15)
            #expect(try await bed.total() == 1)
            #expect(try await bed.count("SELECT count(*) FROM mileage_events") == 1)
        }
    }

    @Test func botsNeverEarn() async throws {
        try await Bed.with { (bed: Bed) async throws in
            #expect(await bed.hooks.messageCreated(bed.message(by: Snowflake(Bed.Demo.botUserID), bot: true, at: Bed.start)) == .ignored(.bot))
            var event = bed.event(.signUpJoined)
            event.userIsBot = true
            #expect(try await bed.engine.award(event) == .ignored(.bot))
            var reaction = MessageReactionAdd(userID: 99, channelID: 1, messageID: 2, guildID: Bed.guild, emoji: PartialEmoji(name: "👍"))
            reaction.member = GuildMember(user: User(id: 99, username: "helper", bot: true))
            #expect(await bed.hooks.reactionAdded(reaction) == .ignored(.bot))
            // Reacting to your own message earns nothing either, and DMs are not a guild.
            let own = MessageReactionAdd(userID: Bed.cleo, channelID: 1, messageID: 3, guildID: Bed.guild, emoji: PartialEmoji(name: "👍"),
                                         messageAuthorID: Bed.cleo)
            #expect(await bed.hooks.reactionAdded(own) == nil)
            var direct = bed.message(at: Bed.start)
            direct.guildID = nil
            #expect(await bed.hooks.messageCreated(direct) == nil)
            #expect(try await bed.count("SELECT count(*) FROM mileage_events") == 0)
            #expect(try await bed.count("SELECT count(*) FROM mileage_totals") == 0)
        }
    }

    @Test func nothingIsAwardedWhileTheFeatureIsOff() async throws {
        try await Bed.with { (bed: Bed) async throws in
            _ = try await bed.pool.query("INSERT INTO feature_flags (name, enabled) VALUES ('mileage', false)", [])
            #expect(try await bed.engine.award(bed.event(.messageSent)) == .ignored(.disabled))
            _ = try await bed.pool.query("UPDATE feature_flags SET enabled = true WHERE name = 'mileage'", [])
            #expect(try await bed.engine.award(bed.event(.messageSent)).points == 1)
            // A server's own switch wins over the global flag.
            _ = try await FeatureFlags(database: bed.pool).set(["mileage"], enabled: false, guild: Bed.guild, by: .member(1),
                                                               at: Bed.start, pool: bed.pool)
            #expect(try await bed.engine.award(bed.event(.reactionAdded)) == .ignored(.disabled))
        }
    }

    @Test func adjustmentsAndASingleReversal() async throws {
        try await Bed.with { (bed: Bed) async throws in
            _ = try await bed.engine.award(bed.event(.performedOnStage))
            let adjusted = try await bed.engine.adjust(guild: Bed.guild, user: Bed.cleo, points: 10, reason: "hosted the open mic",
                                                       by: Bed.ben, sourceID: "interaction:1", at: Bed.start)
            guard case .applied(let eventID, _, 10, 35) = adjusted else { Issue.record("\(adjusted)"); return }
            // The same interaction delivered twice adjusts once.
            #expect(try await bed.engine.adjust(guild: Bed.guild, user: Bed.cleo, points: 10, reason: "again", by: Bed.ben,
                                                sourceID: "interaction:1", at: Bed.start) == .duplicate)
            let reversed = try await bed.engine.reverse(event: eventID, guild: Bed.guild, reason: "wrong member", by: Bed.ben, at: Bed.start)
            #expect(reversed == .applied(eventID: eventID, userID: Bed.cleo, points: -10, total: 25))
            let again = try await bed.engine.reverse(event: eventID, guild: Bed.guild, reason: "twice", by: Bed.ada, at: Bed.start)
            #expect(again == .alreadyReversed(at: Bed.start))
            #expect(try await bed.engine.reverse(event: 999_999, guild: Bed.guild, reason: "x", by: Bed.ben, at: Bed.start) == .notFound)
            // Another guild's moderator cannot reach this guild's events.
            #expect(try await bed.engine.reverse(event: eventID, guild: 12345, reason: "x", by: Bed.ben, at: Bed.start) == .notFound)
            #expect(try await bed.total() == 25)
            let row = try #require(try await bed.pool.query(
                "SELECT actor_id, reason, reversed_by, reversal_reason FROM mileage_events WHERE id = $1", [eventID]).first)
            #expect(try row.decode(Snowflake.self, column: "actor_id") == Bed.ben)
            #expect(try row.decode(String.self, column: "reason") == "hosted the open mic")
            #expect(try row.decode(Snowflake.self, column: "reversed_by") == Bed.ben)
            #expect(try row.decode(String.self, column: "reversal_reason") == "wrong member")
        }
    }

    @Test func crossingATierEnqueuesTheSyncWithTheAward() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await bed.config.setTier(MileageTier(threshold: 30, roleID: 777), guild: Bed.guild, at: Bed.start)
            guard case .awarded(_, 25, 25, false) = try await bed.engine.award(bed.event(.performedOnStage)) else {
                Issue.record("first award"); return
            }
            #expect(try await bed.syncJobsWaiting() == 0)
            guard case .awarded(_, 5, 30, true) = try await bed.engine.award(bed.event(.signUpJoined)) else {
                Issue.record("second award"); return
            }
            #expect(try await bed.syncJobsWaiting() == 1)
            // Crossing back down (a reversal) syncs too; the waiting job absorbs the repeat.
            _ = try await bed.engine.adjust(guild: Bed.guild, user: Bed.cleo, points: -10, reason: "farming", by: Bed.ben,
                                            sourceID: "interaction:2", at: Bed.start)
            #expect(try await bed.syncJobsWaiting() == 1)
        }
    }

    @Test func voiceMinutesAreCountedWholeAndOnce() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let t0 = Bed.start
            func state(_ channel: Snowflake?, deaf: Bool = false) -> VoiceState {
                VoiceState(guildID: Bed.guild, channelID: channel, userID: Bed.cleo, sessionID: "s", deaf: false, mute: false,
                           selfDeaf: deaf, selfMute: false, suppress: false)
            }
            let voice = Snowflake(Bed.Demo.voiceChannelID)
            #expect(await bed.hooks.voiceStateChanged(state(voice)).isEmpty)
            bed.clock.set(t0.addingTimeInterval(150))
            #expect(await bed.hooks.tickVoice().map(\.points) == [2])
            // Muting is still taking part; the session goes on.
            #expect(await bed.hooks.voiceStateChanged(state(voice)).isEmpty)
            bed.clock.set(t0.addingTimeInterval(230))
            // 120 s were counted; 110 s more make one whole minute, the rest is lost on leaving.
            #expect(await bed.hooks.voiceStateChanged(state(nil)).map(\.points) == [1])
            #expect(try await bed.total() == 3)
            // Deafened members earn nothing.
            #expect(await bed.hooks.voiceStateChanged(state(voice, deaf: true)).isEmpty)
            bed.clock.set(t0.addingTimeInterval(900))
            #expect(await bed.hooks.tickVoice().isEmpty)
            #expect(try await bed.total() == 3)
        }
    }
}
