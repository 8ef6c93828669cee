/// The parts of the READY dispatch the gateway keeps: what it needs to resume, who it is, and the
/// guilds that will arrive as GUILD_CREATE. Other fields are ignored.
/// Source: gateway-events.mdx, "Ready"; resources/guild.mdx, "Unavailable Guild Object".
///
/// ```swift
/// let ready = try payload.decodeData(GatewayReady.self)
/// let session = GatewaySession(ready: ready, sequence: payload.sequence)
/// ```
struct GatewayReady: Decodable, Sendable, Equatable {
    struct UnavailableGuild: Decodable, Sendable, Equatable {
        var id: UInt64
        var unavailable: Bool

        private enum CodingKeys: String, CodingKey { case id, unavailable }

        init(id: UInt64, unavailable: Bool) {
            self.id = id
            self.unavailable = unavailable
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeSnowflake(forKey: .id)
            unavailable = try container.decodeIfPresent(Bool.self, forKey: .unavailable) ?? false
        }
    }

    var apiVersion: Int
    var userID: UInt64
    var username: String?
    var applicationID: UInt64
    var sessionID: String
    var resumeGatewayURL: String
    var shard: GatewayShard?
    var guilds: [UnavailableGuild]

    private enum CodingKeys: String, CodingKey {
        case v, user, guilds, shard, application
        case sessionID = "session_id"
        case resumeGatewayURL = "resume_gateway_url"
    }

    private enum IDKeys: String, CodingKey { case id, username }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        apiVersion = try container.decode(Int.self, forKey: .v)
        let user = try container.nestedContainer(keyedBy: IDKeys.self, forKey: .user)
        userID = try user.decodeSnowflake(forKey: .id)
        username = try user.decodeIfPresent(String.self, forKey: .username)
        applicationID = try container.nestedContainer(keyedBy: IDKeys.self, forKey: .application).decodeSnowflake(forKey: .id)
        sessionID = try container.decode(String.self, forKey: .sessionID)
        resumeGatewayURL = try container.decode(String.self, forKey: .resumeGatewayURL)
        shard = try container.decodeIfPresent(GatewayShard.self, forKey: .shard)
        guilds = try container.decodeIfPresent([UnavailableGuild].self, forKey: .guilds) ?? []
    }
}

extension KeyedDecodingContainer {
    /// Snowflakes are strings in JSON (reference.mdx); parsing them here keeps the 64 bits exact.
    fileprivate func decodeSnowflake(forKey key: Key) throws -> UInt64 {
        let text = try decode(String.self, forKey: key)
        guard let value = UInt64(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\"\(text)\" is not a snowflake")
        }
        return value
    }
}
