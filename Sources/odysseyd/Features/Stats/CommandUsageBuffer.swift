/// Command uses counted in memory between two flushes of ``CommandUsageRecorder``: uses per
/// (day, guild, command) and the members seen for each.
///
/// Members are a set, not a count, because "distinct members" must stay distinct across flushes
/// and days: the database keeps one row per member and counts them when asked.
///
/// ```swift
/// var buffer = CommandUsageBuffer()
/// buffer.add(CommandUsageBuffer.Key(day: day, guildID: 0, command: "roll dice"), userID: 42)
/// buffer.merge(unwritten)   // a failed flush gives its counts back
/// ```
struct CommandUsageBuffer: Sendable, Equatable {
    struct Key: Hashable, Sendable {
        var day: UsageDay
        /// 0 for DMs, as in `command_usage_daily.guild_id`.
        var guildID: Int64
        var command: String
    }

    struct Member: Hashable, Sendable {
        var key: Key
        var userID: Int64
    }

    private(set) var uses: [Key: Int64] = [:]
    private(set) var members: Set<Member> = []

    var isEmpty: Bool { uses.isEmpty && members.isEmpty }
    var totalUses: Int64 { uses.values.reduce(0, +) }

    mutating func add(_ key: Key, userID: Int64?) {
        uses[key, default: 0] += 1
        if let userID { members.insert(Member(key: key, userID: userID)) }
    }

    mutating func merge(_ other: CommandUsageBuffer) {
        uses.merge(other.uses, uniquingKeysWith: +)
        members.formUnion(other.members)
    }
}
