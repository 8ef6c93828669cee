import Foundation

/// One dispatch (op 0) as received: the event name, `d` as Discord's raw JSON bytes (each handler
/// decodes only what it needs), the sequence number and the shard it came on.
///
/// ```swift
/// if dispatch.event == "GUILD_DELETE" { let guild = try JSONDecoder().decode(Gone.self, from: dispatch.data) }
/// ```
struct GatewayDispatch: Sendable, Equatable {
    var event: String
    /// Raw `d`; `null` when the dispatch had none.
    var data: Data
    var sequence: Int?
    var shard: Int

    init(event: String, data: Data, sequence: Int?, shard: Int) {
        self.event = event
        self.data = data
        self.sequence = sequence
        self.shard = shard
    }
}
