import Testing
@testable import odysseyd

@Suite("Initiative order and turns")
struct InitiativeTrackerTests {
    static func entry(_ id: Int64, _ name: String, _ initiative: Int, modifier: Int = 0, tiebreak: Int = 0, user: Snowflake? = nil) -> InitiativeEntry {
        InitiativeEntry(id: id, name: name, userID: user, expression: "1d20", initiative: initiative, modifier: modifier, tiebreak: tiebreak)
    }

    static func tracker(_ entries: [InitiativeEntry], round: Int = 0, current: Int64? = nil) -> InitiativeTracker {
        InitiativeTracker(channelID: 1, guildID: 2, gameMasterID: 3, round: round, currentEntryID: current, messageID: nil, entries: entries)
    }

    @Test func highestFirstThenModifierThenRollOffThenWhoJoinedFirst() {
        let tracker = Self.tracker([
            Self.entry(1, "Goblin", 12, modifier: 2, tiebreak: 900),
            Self.entry(2, "Ada", 15),
            Self.entry(3, "Orc", 12, modifier: 2, tiebreak: 950),
            Self.entry(4, "Ben", 12, modifier: 4, tiebreak: 1),
            Self.entry(5, "Twin", 12, modifier: 2, tiebreak: 950),
        ])
        #expect(tracker.entries.map(\.name) == ["Ada", "Ben", "Orc", "Twin", "Goblin"])
    }

    @Test func nextStartsCombatWalksTheOrderAndWrapsIntoANewRound() throws {
        var tracker = Self.tracker([Self.entry(1, "A", 20), Self.entry(2, "B", 10)])
        var turns: [String] = []
        for _ in 0..<5 {
            let (round, current) = try #require(tracker.advanced())
            tracker = Self.tracker(tracker.entries, round: round, current: current)
            turns.append("\(round):\(tracker.current?.name ?? "-")")
        }
        #expect(turns == ["1:A", "1:B", "2:A", "2:B", "3:A"])
        #expect(Self.tracker([]).advanced() == nil)
    }

    @Test func joiningMidCombatSlotsInWithoutMovingTheTurn() throws {
        let before = Self.tracker([Self.entry(1, "A", 20), Self.entry(2, "B", 10), Self.entry(3, "C", 5)], round: 2, current: 2)
        let after = Self.tracker(before.entries + [Self.entry(4, "Fast", 25), Self.entry(5, "Mid", 7)], round: 2, current: 2)
        #expect(after.current?.name == "B")
        #expect(after.entries.map(\.name) == ["Fast", "A", "B", "Mid", "C"])
        let (round, next) = try #require(after.advanced())
        #expect(round == 2 && next == 5, "Mid acts after B this round; Fast waits for round 3")
    }

    @Test func removingTheCurrentCombatantPassesTheTurn() {
        let tracker = Self.tracker([Self.entry(1, "A", 20), Self.entry(2, "B", 10)], round: 3, current: 2)
        #expect(tracker.afterRemoving(2) == (4, 1), "the last one leaves: the next round starts with the first")
        #expect(tracker.afterRemoving(1) == (3, 2), "someone else leaves: the turn stays")
        #expect(Self.tracker([Self.entry(1, "A", 20)], round: 3, current: 1).afterRemoving(1) == (3, nil))
    }

    @Test func whoMayManageAndWhoMayEndTheTurn() {
        let tracker = Self.tracker([Self.entry(1, "A", 20, user: 10), Self.entry(2, "B", 10, user: 11)], round: 1, current: 1)
        #expect(tracker.mayManage(3, moderator: false))
        #expect(tracker.mayManage(99, moderator: true))
        #expect(!tracker.mayManage(10, moderator: false))
        #expect(tracker.mayEndTurn(10, moderator: false), "A's player ends A's turn")
        #expect(!tracker.mayEndTurn(11, moderator: false), "B's player waits")
    }
}
