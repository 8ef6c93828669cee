import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/mileage` through the sandbox: standing, the paged leaderboard and its buttons, moderators'
/// adjust and reverse, and who may use them.
@Suite(.serialized) struct MileageCommandTests {
    typealias Bed = MileageTestbed

    static func description(_ outcome: SandboxInteractionOutcome) -> String {
        outcome.response?.embeds.first?["description"]?.stringValue ?? ""
    }

    static func footer(_ outcome: SandboxInteractionOutcome) -> String {
        outcome.response?.embeds.first?["footer"]?["text"]?.stringValue ?? ""
    }

    /// The custom ids of the response's buttons, with whether each is disabled.
    static func buttons(_ outcome: SandboxInteractionOutcome) -> [(String, Bool)] {
        (outcome.response?.components ?? []).flatMap { $0["components"]?.arrayValue ?? [] }
            .map { ($0["custom_id"]?.stringValue ?? "", $0["disabled"]?.boolValue ?? false) }
    }

    @Test func meShowsTotalRankAndNextTier() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await bed.config.setTier(MileageTier(threshold: 100, roleID: Snowflake(Bed.Demo.memberRoleID)), guild: Bed.guild, at: Bed.start)
            _ = try await bed.engine.award(bed.event(.performedOnStage))
            _ = try await bed.engine.award(bed.event(.performedOnStage, user: Bed.ben))
            _ = try await bed.engine.award(bed.event(.signUpJoined, user: Bed.ben))
            let me = try await bed.run("/mileage me")
            #expect(me.ephemeral)
            let text = Self.description(me)
            #expect(text.contains("**25** mi — #2 of 2"), "\(text)")
            #expect(text.contains("75 to go"), "\(text)")
            #expect(text.contains("stage performances"), "\(text)")
        }
    }

    @Test func theLeaderboardPagesWithButtons() async throws {
        try await Bed.with { (bed: Bed) async throws in
            // 23 members with distinct totals: three pages of ten.
            for index in 1...23 {
                _ = try await bed.engine.adjust(guild: Bed.guild, user: Snowflake(UInt64(5_000 + index)), points: index, reason: "seed",
                                                by: Bed.ben, sourceID: "seed-\(index)", at: Bed.start)
            }
            let first = try await bed.run("/mileage leaderboard")
            #expect(!first.ephemeral)
            #expect(Self.description(first).hasPrefix("**1.** <@5023> — 23 mi"))
            #expect(Self.footer(first) == "Page 1 of 3")
            let guild = String(Bed.Demo.guildID)
            #expect(Self.buttons(first).map(\.0) == ["mileage-lb:\(guild):0", "mileage-lb:\(guild):1"])
            #expect(Self.buttons(first).map(\.1) == [true, false])
            let message = try #require(first.response?.id)

            let second = try await bed.click("mileage-lb:\(guild):1", on: message)
            #expect(Self.description(second).hasPrefix("**11.** <@5013> — 13 mi"), "\(Self.description(second))")
            #expect(Self.footer(second) == "Page 2 of 3")
            let third = try await bed.click("mileage-lb:\(guild):2", on: message)
            #expect(Self.footer(third) == "Page 3 of 3")
            #expect(Self.buttons(third).map(\.1) == [false, true])
            #expect(Self.description(third).components(separatedBy: "\n").count == 3)
            // A stale button past the end shows the last page.
            let stale = try await bed.run("/mileage leaderboard page:9")
            #expect(Self.footer(stale) == "Page 3 of 3")
        }
    }

    @Test func moderatorsAdjustAndReverseOnce() async throws {
        try await Bed.with { (bed: Bed) async throws in
            // cleo has no Manage Server: refused, nothing written.
            let refused = try await bed.run("/mileage adjust member:ben points:50 reason:bribe")
            #expect(refused.response?.content.contains("Only moderators") == true)
            #expect(try await bed.total(Bed.ben) == 0)

            let adjusted = try await bed.run("/mileage adjust member:cleo points:40 reason:hosted", as: Bed.Demo.benUserID)
            #expect(adjusted.ephemeral)
            #expect(adjusted.response?.content.contains("total **40** mi") == true, "\(adjusted)")
            #expect(try await bed.total() == 40)
            let eventID = try await bed.count("SELECT max(id) FROM mileage_events")

            let history = try await bed.run("/mileage history member:cleo", as: Bed.Demo.benUserID)
            #expect(history.response?.content.contains("`#\(eventID)` +40 mi — adjustments") == true, "\(history)")

            let reversed = try await bed.run("/mileage reverse event:\(eventID) reason:mistake", as: Bed.Demo.benUserID)
            #expect(reversed.response?.content.contains("total **0** mi") == true, "\(reversed)")
            let twice = try await bed.run("/mileage reverse event:\(eventID) reason:again", as: Bed.Demo.benUserID)
            #expect(twice.response?.content.contains("already reversed") == true, "\(twice)")
            #expect(try await bed.total() == 0)

            // A configured moderator role lets its members in without Manage Server.
            try await bed.config.setSettings(MileageSettings(moderatorRoleID: Snowflake(Bed.Demo.memberRoleID)), guild: Bed.guild, at: Bed.start)
            let byRole = try await bed.run("/mileage adjust member:ben points:5 reason:helped")
            #expect(byRole.response?.content.contains("total **5** mi") == true, "\(byRole)")
        }
    }

    @Test func managersConfigureTiersAndRules() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let set = try await bed.run("/mileage tier-set points:100 role:Member", as: Bed.Demo.benUserID)
            #expect(set.response?.content.contains("100") == true, "\(set)")
            #expect(try await bed.config.tiers(guild: Bed.guild) == [MileageTier(threshold: 100, roleID: Snowflake(Bed.Demo.memberRoleID))])
            _ = try await bed.run("/mileage rule event:messages points:4 cooldown:10", as: Bed.Demo.benUserID)
            #expect(try await bed.config.rules(guild: Bed.guild)[.messageSent] == MileageRule(points: 4, cooldownSeconds: 10))
            _ = try await bed.run("/mileage settings tier-mode:replace", as: Bed.Demo.benUserID)
            #expect(try await bed.config.settings(guild: Bed.guild).tierMode == .replace)
            let refused = try await bed.run("/mileage tier-remove points:100")
            #expect(refused.response?.content == Localizer.text(MessageKeys.Interaction.missingPermission, ["permissions": "Manage Server"], in: .ru), "\(refused)")  // the router's refusal, default language
            _ = try await bed.run("/mileage tier-remove points:100", as: Bed.Demo.benUserID)
            #expect(try await bed.config.tiers(guild: Bed.guild).isEmpty)
        }
    }
}
