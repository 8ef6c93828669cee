/// A `[shard_id, num_shards]` pair, as Identify sends it and Ready echoes it.
/// Source: discord-docs/events/gateway.mdx, "Sharding".
///
/// ```swift
/// let shard = GatewayShard(id: 1, count: 3)   // encodes as [1, 3]
/// ```
struct GatewayShard: Codable, Hashable, Sendable, CustomStringConvertible {
    var id: Int
    var count: Int

    init(id: Int, count: Int) {
        self.id = id
        self.count = count
    }

    var description: String { "[\(id), \(count)]" }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        id = try container.decode(Int.self)
        count = try container.decode(Int.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(id)
        try container.encode(count)
    }
}
