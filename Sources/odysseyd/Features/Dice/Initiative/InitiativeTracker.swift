/// A channel's initiative tracker: the order, the round and whose turn it is.
///
/// The order is initiative (highest first), then modifier, then the roll-off, then who joined
/// first. The turn is held by entry id, so a combatant who joins mid-combat slots in by
/// initiative without moving the turn: if they sort before the current combatant, they first act
/// next round.
///
/// ```swift
/// let tracker = try await store.tracker(channel: channel)
/// let (round, turn) = tracker.advanced()   // what /init next writes
/// ```
struct InitiativeTracker: Sendable, Equatable {
    /// Entries per channel; more would not fit the tracker message either.
    static let maximumEntries = 50

    let channelID: Snowflake
    let guildID: Snowflake
    let gameMasterID: Snowflake
    /// 0 until the first `next` starts combat.
    let round: Int
    let currentEntryID: Int64?
    let messageID: Snowflake?
    /// In turn order.
    let entries: [InitiativeEntry]

    init(channelID: Snowflake, guildID: Snowflake, gameMasterID: Snowflake, round: Int, currentEntryID: Int64?,
         messageID: Snowflake?, entries: [InitiativeEntry]) {
        self.channelID = channelID
        self.guildID = guildID
        self.gameMasterID = gameMasterID
        self.round = round
        self.currentEntryID = currentEntryID
        self.messageID = messageID
        self.entries = entries.sorted(by: Self.goesBefore)
    }

    static func goesBefore(_ a: InitiativeEntry, _ b: InitiativeEntry) -> Bool {
        (a.initiative, a.modifier, a.tiebreak, -a.id) > (b.initiative, b.modifier, b.tiebreak, -b.id)
    }

    var current: InitiativeEntry? {
        entries.first { $0.id == currentEntryID }
    }

    var hasStarted: Bool { round > 0 }

    /// Adding monsters, resetting and removing others' combatants: the game master (who started
    /// the tracker) or a moderator of the channel.
    func mayManage(_ user: Snowflake, moderator: Bool) -> Bool {
        moderator || user == gameMasterID
    }

    /// Ending a turn: whoever may manage, or the player whose turn it is.
    func mayEndTurn(_ user: Snowflake, moderator: Bool) -> Bool {
        mayManage(user, moderator: moderator) || (current?.userID == user && current != nil)
    }

    /// The round and turn after `next`: the first combatant starts round 1; after the last, the
    /// round goes up and the first acts again. Nil with nobody in the order.
    func advanced() -> (round: Int, current: Int64)? {
        guard let first = entries.first else { return nil }
        guard hasStarted, let index = entries.firstIndex(where: { $0.id == currentEntryID }) else {
            return (max(round, 1), first.id)
        }
        let next = entries.index(after: index)
        return next < entries.endIndex ? (round, entries[next].id) : (round + 1, first.id)
    }

    /// The round and turn once `entry` leaves: if it was their turn, the turn passes on as `next` would.
    func afterRemoving(_ entry: Int64) -> (round: Int, current: Int64?) {
        guard entry == currentEntryID else { return (round, currentEntryID) }
        guard let (nextRound, next) = advanced(), next != entry else { return (round, nil) }
        return (nextRound, next)
    }
}
