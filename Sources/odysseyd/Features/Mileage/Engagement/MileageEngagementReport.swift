import Foundation

/// What the dashboard shows for a guild (`GET /api/v1/guilds/{id}/engagement`): one snapshot per
/// UTC day, newest first. Encoded with the control API's JSON dialect (snake_case, ISO dates).
struct MileageEngagementReport: Codable, Sendable, Equatable {
    struct Member: Codable, Sendable, Equatable {
        var userId: Snowflake
        var points: Int64
        var events: Int
    }

    struct Day: Codable, Sendable, Equatable {
        /// `yyyy-MM-dd`, UTC.
        var day: String
        var activeMembers: Int
        var eventsByType: [String: Int]
        var topMembers: [Member]
        var computedAt: Date
    }

    var guildId: Snowflake
    var days: [Day]
}
