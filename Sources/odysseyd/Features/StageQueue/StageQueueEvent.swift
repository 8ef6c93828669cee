import Foundation

/// The kinds of `stage_queue_events` rows, as the table's check constraint lists them.
enum StageQueueEventKind: String, Sendable, CaseIterable {
    case joined, left, removed, moved, called, finished, promoted
    case promotionFailed = "promotion_failed"
    case paused, resumed, cleared, configured
}

/// The free-form part of an event (`detail` jsonb): only what the kind needs is set.
struct StageQueueEventDetail: Codable, Sendable, Equatable {
    var position: Int?
    var from: Int?
    var to: Int?
    var count: Int?
    var reason: String?
    var stageChannelId: Snowflake?

    init(position: Int? = nil, from: Int? = nil, to: Int? = nil, count: Int? = nil, reason: String? = nil, stageChannelId: Snowflake? = nil) {
        self.position = position
        self.from = from
        self.to = to
        self.count = count
        self.reason = reason
        self.stageChannelId = stageChannelId
    }

    static let none = StageQueueEventDetail()

    /// The jsonb text; snake_case keys, as every other stored payload.
    var json: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Writes one event; called inside the transaction of the change it records.
enum StageQueueEventLog {
    static func record(_ kind: StageQueueEventKind, guild: Snowflake, member: Snowflake?, actor: Snowflake, at date: Date,
                       detail: StageQueueEventDetail = .none, on database: some PostgresQuerying) async throws {
        _ = try await database.query("""
            INSERT INTO stage_queue_events (guild_id, kind, member_id, actor_id, at, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
            """, [guild, kind.rawValue, member, actor, date, detail.json])
    }
}
