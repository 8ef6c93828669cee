/// `d` of Request Guild Members (op 8): either a username prefix (`query` + `limit`) or up to 100
/// `user_ids`. Source: gateway-events.mdx, "Request Guild Members".
///
/// ```swift
/// let request = GatewayRequestGuildMembers(guildID: 41771983444115456, selection: .userIDs([80351110224678912]))
/// ```
struct GatewayRequestGuildMembers: Encodable, Sendable, Equatable {
    enum Selection: Sendable, Equatable {
        /// Members whose username starts with `prefix`; an empty prefix and limit 0 asks for everyone
        /// (needs the GUILD_MEMBERS intent).
        case query(prefix: String, limit: Int)
        case userIDs([UInt64])
    }

    var guildID: UInt64
    var selection: Selection
    var presences: Bool?
    /// At most 32 bytes, or Discord ignores it.
    var nonce: String?

    init(guildID: UInt64, selection: Selection, presences: Bool? = nil, nonce: String? = nil) {
        self.guildID = guildID
        self.selection = selection
        self.presences = presences
        self.nonce = nonce
    }

    private enum CodingKeys: String, CodingKey {
        case query, limit, presences, nonce
        case guildID = "guild_id"
        case userIDs = "user_ids"
    }

    func encode(to encoder: any Encoder) throws {
        if let nonce, nonce.utf8.count > 32 {
            throw EncodingError.invalidValue(nonce, .init(codingPath: encoder.codingPath,
                debugDescription: "a member request nonce may be at most 32 bytes"))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(String(guildID), forKey: .guildID)
        switch selection {
        case .query(let prefix, let limit):
            try container.encode(prefix, forKey: .query)
            try container.encode(limit, forKey: .limit)
        case .userIDs(let ids):
            guard (1...100).contains(ids.count) else {
                throw EncodingError.invalidValue(ids, .init(codingPath: encoder.codingPath,
                    debugDescription: "request between 1 and 100 user ids, got \(ids.count)"))
            }
            try container.encode(ids.map { String($0) }, forKey: .userIDs)
        }
        try container.encodeIfPresent(presences, forKey: .presences)
        try container.encodeIfPresent(nonce, forKey: .nonce)
    }
}
