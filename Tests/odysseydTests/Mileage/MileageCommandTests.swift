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
        buttonObjects(outcome).map { ($0["custom_id"]?.stringValue ?? "", $0["disabled"]?.boolValue ?? false) }
    }

    static func buttonLabels(_ outcome: SandboxInteractionOutcome) -> [String] {
        buttonObjects(outcome).map { $0["label"]?.stringValue ?? "" }
    }

    private static func buttonObjects(_ outcome: SandboxInteractionOutcome) -> [JSONValue] {
        (outcome.response?.components ?? []).flatMap { $0["components"]?.arrayValue ?? [] }
    }

    /// A catalog text, Russian unless told: the demo guild has no locale set, so the default applies.
    static func text(_ key: String, _ values: [String: String] = [:], in language: Language = .ru) -> String {
        Localizer.text(key, values, in: language)
    }

    static func points(_ value: Int64, in language: Language = .ru, bold: Bool = false, signed: Bool = false) -> String {
        MileageText.points(value, in: language, bold: bold, signed: signed)
    }

    /// `<t:…:R>` of the bed's clock, which events and reversals are stamped with.
    static let when = "<t:\(Int(Bed.start.timeIntervalSince1970)):R>"

    @Test func meShowsTotalRankAndNextTier() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await bed.config.setTier(MileageTier(threshold: 100, roleID: Snowflake(Bed.Demo.memberRoleID)), guild: Bed.guild, at: Bed.start)
            _ = try await bed.engine.award(bed.event(.performedOnStage))
            _ = try await bed.engine.award(bed.event(.performedOnStage, user: Bed.ben))
            _ = try await bed.engine.award(bed.event(.signUpJoined, user: Bed.ben))
            let me = try await bed.run("/mileage me")
            #expect(me.ephemeral)
            #expect(me.response?.embeds.first?["title"]?.stringValue == Self.text(MessageKeys.Mileage.meTitle))
            let text = Self.description(me)
            let rank = Self.text(MessageKeys.Mileage.meTotalRanked, ["points": Self.points(25, bold: true), "rank": "2",
                                                                      "members": Localizer.plural(MessageKeys.Mileage.membersOf, 2, in: .ru)])
            #expect(text.hasPrefix(rank + "\n"), "\(text)")
            let next = Self.text(MessageKeys.Mileage.meNextTier, ["role": String(Bed.Demo.memberRoleID), "threshold": Self.points(100),
                                                                  "remaining": Self.points(75)])
            #expect(text.contains(next), "\(text)")
            #expect(text.contains(MileageEventType.performedOnStage.label(in: .ru)), "\(text)")
        }
    }

    @Test func theLeaderboardPagesWithButtons() async throws {
        try await Bed.with { (bed: Bed) async throws in
            // 23 members with distinct totals: three pages of ten.
            for index in 1...23 {
                _ = try await bed.engine.adjust(guild: Bed.guild, user: Snowflake(UInt64(5_000 + index)), points: index, reason: "seed",
                                                by: Bed.ben, sourceID: "seed-\(index)", at: Bed.start)
            }
            func line(_ rank: Int, _ user: Int, _ points: Int64) -> String {
                Self.text(MessageKeys.Mileage.leaderboardLine, ["rank": String(rank), "user": String(user), "points": Self.points(points)])
            }
            func page(_ page: Int) -> String { Self.text(MessageKeys.Mileage.leaderboardPage, ["page": String(page), "pages": "3"]) }
            let first = try await bed.run("/mileage leaderboard")
            #expect(!first.ephemeral)
            #expect(first.response?.embeds.first?["title"]?.stringValue == Self.text(MessageKeys.Mileage.leaderboardTitle))
            #expect(Self.description(first).hasPrefix(line(1, 5023, 23) + "\n"))
            #expect(Self.footer(first) == page(1))
            let guild = String(Bed.Demo.guildID)
            #expect(Self.buttons(first).map(\.0) == ["mileage-lb:\(guild):0", "mileage-lb:\(guild):1"])
            #expect(Self.buttons(first).map(\.1) == [true, false])
            #expect(Self.buttonLabels(first) == [Self.text(MessageKeys.Mileage.leaderboardPrevious), Self.text(MessageKeys.Mileage.leaderboardNext)])
            let message = try #require(first.response?.id)

            let second = try await bed.click("mileage-lb:\(guild):1", on: message)
            #expect(Self.description(second).hasPrefix(line(11, 5013, 13) + "\n"), "\(Self.description(second))")
            #expect(Self.footer(second) == page(2))
            let third = try await bed.click("mileage-lb:\(guild):2", on: message)
            #expect(Self.footer(third) == page(3))
            #expect(Self.buttons(third).map(\.1) == [false, true])
            #expect(Self.description(third).components(separatedBy: "\n").count == 3)
            // A stale button past the end shows the last page.
            let stale = try await bed.run("/mileage leaderboard page:9")
            #expect(Self.footer(stale) == page(3))
        }
    }

    @Test func anEmptyLeaderboardSaysSo() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let board = try await bed.run("/mileage leaderboard")
            #expect(Self.description(board) == Self.text(MessageKeys.Mileage.leaderboardEmpty))
            #expect(Self.footer(board) == Self.text(MessageKeys.Mileage.leaderboardPage, ["page": "1", "pages": "1"]))
        }
    }

    @Test func moderatorsAdjustAndReverseOnce() async throws {
        try await Bed.with { (bed: Bed) async throws in
            // cleo has no Manage Server: refused, nothing written.
            let refused = try await bed.run("/mileage adjust member:ben points:50 reason:bribe")
            #expect(refused.response?.content == Self.text(MessageKeys.Mileage.moderatorsOnly), "\(refused)")
            #expect(try await bed.total(Bed.ben) == 0)

            let adjusted = try await bed.run("/mileage adjust member:cleo points:40 reason:hosted", as: Bed.Demo.benUserID)
            #expect(adjusted.ephemeral)
            #expect(try await bed.total() == 40)
            let eventID = try await bed.count("SELECT max(id) FROM mileage_events")
            #expect(adjusted.response?.content == Self.text(MessageKeys.Mileage.adjustApplied, [
                "user": Bed.cleo.description, "event": String(eventID), "points": Self.points(40, bold: true, signed: true),
                "total": Self.points(40, bold: true),
            ]), "\(adjusted)")

            let history = try await bed.run("/mileage history member:cleo", as: Bed.Demo.benUserID)
            let lines = history.response?.content.components(separatedBy: "\n") ?? []
            #expect(lines == [
                Self.text(MessageKeys.Mileage.historyHeader, ["user": Bed.cleo.description, "total": Self.points(40, bold: true)]),
                Self.text(MessageKeys.Mileage.eventLineWithReason, [
                    "id": String(eventID), "points": Self.points(40, signed: true),
                    "type": MileageEventType.manualAdjustment.label(in: .ru), "when": Self.when, "reason": "hosted",
                ]),
            ], "\(history)")

            let reversed = try await bed.run("/mileage reverse event:\(eventID) reason:mistake", as: Bed.Demo.benUserID)
            #expect(reversed.response?.content == Self.text(MessageKeys.Mileage.reverseApplied, [
                "event": String(eventID), "user": Bed.cleo.description, "points": Self.points(-40, signed: true), "total": Self.points(0, bold: true),
            ]), "\(reversed)")
            let twice = try await bed.run("/mileage reverse event:\(eventID) reason:again", as: Bed.Demo.benUserID)
            #expect(twice.response?.content == Self.text(MessageKeys.Mileage.reverseAlready, ["event": String(eventID), "when": Self.when]),
                    "\(twice)")
            #expect(try await bed.total() == 0)
            let missing = try await bed.run("/mileage reverse event:999999 reason:typo", as: Bed.Demo.benUserID)
            #expect(missing.response?.content == Self.text(MessageKeys.Mileage.reverseNotFound, ["event": "999999"]), "\(missing)")

            // A configured moderator role lets its members in without Manage Server.
            try await bed.config.setSettings(MileageSettings(moderatorRoleID: Snowflake(Bed.Demo.memberRoleID)), guild: Bed.guild, at: Bed.start)
            let byRole = try await bed.run("/mileage adjust member:ben points:5 reason:helped")
            #expect(byRole.response?.content.contains(Self.points(5, bold: true) + ".") == true, "\(byRole)")
            #expect(try await bed.total(Bed.ben) == 5)
        }
    }

    @Test func managersConfigureTiersAndRules() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let set = try await bed.run("/mileage tier-set points:100 role:Member", as: Bed.Demo.benUserID)
            #expect(set.response?.content == Self.text(MessageKeys.Mileage.tierSetDone,
                                                       ["role": String(Bed.Demo.memberRoleID), "threshold": Self.points(100, bold: true)]), "\(set)")
            #expect(try await bed.config.tiers(guild: Bed.guild) == [MileageTier(threshold: 100, roleID: Snowflake(Bed.Demo.memberRoleID))])
            let rule = try await bed.run("/mileage rule event:messages points:4 cooldown:10", as: Bed.Demo.benUserID)
            #expect(rule.response?.content == Self.text(MessageKeys.Mileage.ruleDone, [
                "type": MileageEventType.messageSent.label(in: .ru), "points": Self.points(4),
                "cooldown": Localizer.plural(MessageKeys.Mileage.cooldownSeconds, 10, in: .ru),
            ]), "\(rule)")
            #expect(try await bed.config.rules(guild: Bed.guild)[.messageSent] == MileageRule(points: 4, cooldownSeconds: 10))
            let settings = try await bed.run("/mileage settings tier-mode:replace", as: Bed.Demo.benUserID)
            #expect(settings.response?.content == Self.text(MessageKeys.Mileage.settingsDone, [
                "mode": Self.text(MessageKeys.Mileage.tierModeReplace), "moderators": Self.text(MessageKeys.Mileage.settingsModeratorsNone),
            ]), "\(settings)")
            #expect(try await bed.config.settings(guild: Bed.guild).tierMode == .replace)
            let refused = try await bed.run("/mileage tier-remove points:100")
            // The router's refusal, in the default language, the permission named as Discord's Russian client names it.
            let permission = MileageCommands.managerPermission.names(in: .ru).joined(separator: ", ")
            #expect(refused.response?.content == Localizer.text(MessageKeys.Interaction.missingPermission, ["permissions": permission], in: .ru),
                    "\(refused)")
            let removed = try await bed.run("/mileage tier-remove points:100", as: Bed.Demo.benUserID)
            #expect(removed.response?.content == Self.text(MessageKeys.Mileage.tierRemoveDone, ["threshold": Self.points(100)]), "\(removed)")
            #expect(try await bed.config.tiers(guild: Bed.guild).isEmpty)
            let gone = try await bed.run("/mileage tier-remove points:100", as: Bed.Demo.benUserID)
            #expect(gone.response?.content == Self.text(MessageKeys.Mileage.tierRemoveNotFound, ["threshold": Self.points(100)]), "\(gone)")
        }
    }

    @Test func anEnglishGuildGetsEnglish() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await bed.setLanguage(.en)
            _ = try await bed.engine.award(bed.event(.performedOnStage))
            let me = try await bed.run("/mileage me")
            #expect(me.response?.embeds.first?["title"]?.stringValue == "Your mileage")
            #expect(Self.description(me).hasPrefix("**25** mi — #1 of 1 member\n"), "\(Self.description(me))")
            #expect(Self.description(me).contains("stage performances"))
            let board = try await bed.run("/mileage leaderboard")
            #expect(Self.footer(board) == "Page 1 of 1")
            #expect(Self.buttonLabels(board) == ["Previous", "Next"])
            let refused = try await bed.run("/mileage adjust member:ben points:50 reason:bribe")
            #expect(refused.response?.content == "Only moderators (Manage Server or the mileage moderator role) can do this.")
            let rule = try await bed.run("/mileage rule event:reactions points:1 cooldown:1", as: Bed.Demo.benUserID)
            #expect(rule.response?.content == "**reactions**: 1 mi, at most once every 1 second per member.", "\(rule)")
            let free = try await bed.run("/mileage rule event:messages points:2 cooldown:0", as: Bed.Demo.benUserID)
            #expect(free.response?.content == "**messages**: 2 mi, with no cooldown.", "\(free)")
        }
    }

    /// Russian counts take three forms, and a signed or bold number keeps the form of its size.
    @Test func pointCountsTakeTheirPluralForm() {
        func ru(_ form: Localizer.PluralForm, _ count: String) -> String {
            Localizer.text("\(MessageKeys.Mileage.points).\(form.rawValue)", ["count": count], in: .ru)
        }
        #expect(MileageText.points(1, in: .ru) == ru(.one, "1"))
        #expect(MileageText.points(21, in: .ru) == ru(.one, "21"))
        #expect(MileageText.points(3, in: .ru, signed: true) == ru(.few, "+3"))
        #expect(MileageText.points(-11, in: .ru, signed: true) == ru(.many, "-11"))
        #expect(MileageText.points(0, in: .ru, bold: true) == ru(.many, "**0**"))
        #expect(MileageText.points(-1, in: .ru, bold: true, signed: true) == ru(.one, "**-1**"))
        #expect(ru(.one, "1") != ru(.many, "1"), "Russian has its own forms")
        #expect(MileageText.points(1, in: .en, signed: true) == "+1 mi")
    }
}
