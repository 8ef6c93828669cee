import Foundation

/// The bot's total shard count and the shard ids this daemon runs, so several daemons can split
/// one bot: `[0, 1]` of 4 here, `[2, 3]` of 4 on another host. Source: discord-docs/events/gateway.mdx,
/// "Sharding" (ids are zero-based, below the count; guild → shard is `(guild_id >> 22) % count`;
/// events without a guild go to shard 0 only).
///
/// ```swift
/// let plan = try ShardPlan(total: 4, ids: [2, 3])
/// plan.shards          // [[2, 4], [3, 4]], for Identify
/// plan.shardID(forGuild: 41771983423143937)
/// let all = try ShardPlan(total: 4, spec: "0-3")
/// ```
struct ShardPlan: Sendable, Equatable {
    let total: Int
    /// Ascending, distinct, each below ``total``.
    let ids: [Int]

    init(total: Int, ids: [Int]) throws {
        guard total >= 1 else { throw ShardPlanError("the shard count must be at least 1, got \(total)") }
        guard !ids.isEmpty else { throw ShardPlanError("the daemon must run at least one shard") }
        if let bad = ids.first(where: { $0 < 0 || $0 >= total }) {
            throw ShardPlanError("shard id \(bad) is outside 0...\(total - 1) for a shard count of \(total)")
        }
        var seen = Set<Int>()
        let duplicates = ids.filter { !seen.insert($0).inserted }
        guard duplicates.isEmpty else {
            throw ShardPlanError("shard ids are listed more than once: \(Array(Set(duplicates)).sorted().map(String.init).joined(separator: ", "))")
        }
        self.total = total
        self.ids = ids.sorted()
    }

    /// Every shard of the bot in this one daemon.
    static func all(total: Int) throws -> ShardPlan {
        try ShardPlan(total: total, ids: Array(0..<max(total, 0)))
    }

    /// Parses ids written as in configuration: "0-3,8,10-11" (spaces allowed).
    init(total: Int, spec: String) throws {
        var ids: [Int] = []
        for part in spec.split(separator: ",") {
            let item = part.trimmingCharacters(in: .whitespaces)
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if bounds.count == 1, let id = Int(bounds[0]) {
                ids.append(id)
            } else if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low <= high {
                ids.append(contentsOf: low...high)
            } else {
                throw ShardPlanError("\"\(item)\" is not a shard id or a range like 0-3")
            }
        }
        try self.init(total: total, ids: ids)
    }

    /// The `shard` arrays to identify with, one per connection.
    var shards: [GatewayShard] { ids.map { GatewayShard(id: $0, count: total) } }

    func shardID(forGuild guildID: UInt64) -> Int { Int((guildID >> 22) % UInt64(total)) }

    /// Whether this daemon receives the guild's events.
    func runs(guild guildID: UInt64) -> Bool { ids.contains(shardID(forGuild: guildID)) }

    /// Whether this daemon receives events without a guild (DMs, entitlements): only shard 0 does.
    var receivesGuildlessEvents: Bool { ids.first == 0 }
}

struct ShardPlanError: Error, CustomStringConvertible, Equatable {
    var description: String

    init(_ description: String) { self.description = description }
}
