/// `d` of Update Presence (op 3), also Identify's initial `presence`. Bots may set only an
/// activity's name, state, type and url. Source: gateway-events.mdx, "Update Presence" and
/// "Activity Structure".
///
/// ```swift
/// let presence = GatewayPresence(status: .online, activities: [.init(name: "Open Mic", type: 2)])
/// ```
struct GatewayPresence: Encodable, Sendable, Equatable {
    enum Status: String, Encodable, Sendable {
        case online, dnd, idle, invisible, offline
    }

    struct Activity: Encodable, Sendable, Equatable {
        var name: String
        /// Activity type: 0 Playing, 1 Streaming, 2 Listening, 3 Watching, 4 Custom, 5 Competing.
        var type: Int
        var state: String?
        var url: String?

        init(name: String, type: Int, state: String? = nil, url: String? = nil) {
            self.name = name
            self.type = type
            self.state = state
            self.url = url
        }
    }

    /// Unix time in milliseconds since the client went idle; nil (sent as `null`) when not idle.
    var since: Int64?
    var activities: [Activity]
    var status: Status
    var afk: Bool

    init(status: Status, activities: [Activity] = [], since: Int64? = nil, afk: Bool = false) {
        self.status = status
        self.activities = activities
        self.since = since
        self.afk = afk
    }

    private enum CodingKeys: String, CodingKey { case since, activities, status, afk }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // `since` is a required, nullable field: it is sent as null, not left out.
        try container.encode(since, forKey: .since)
        try container.encode(activities, forKey: .activities)
        try container.encode(status, forKey: .status)
        try container.encode(afk, forKey: .afk)
    }
}
