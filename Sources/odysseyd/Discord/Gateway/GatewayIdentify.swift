/// `d` of Identify (op 2). Source: gateway-events.mdx, "Identify Structure" and "Identify
/// Connection Properties".
///
/// ```swift
/// let identify = GatewayIdentify(token: token, intents: [.guilds, .guildMessages],
///                                shard: GatewayShard(id: 0, count: 1))
/// let bytes = try GatewayCommand.identify(identify).encoded()
/// ```
struct GatewayIdentify: Encodable, Sendable, Equatable {
    struct Properties: Encodable, Sendable, Equatable {
        var os: String
        var browser: String
        var device: String

        /// Discord asks for the operating system and "your library name" in browser and device.
        static let odyssey = Properties(os: "linux", browser: "odyssey", device: "odyssey")
    }

    var token: String
    var intents: GatewayIntents
    var properties: Properties = .odyssey
    var shard: GatewayShard?
    /// Payload compression (zlib per message); leave nil when the connection uses transport compression.
    var compress: Bool?
    /// 50...250; Discord's default is 50.
    var largeThreshold: Int?
    var presence: GatewayPresence?

    init(token: String, intents: GatewayIntents, properties: Properties = .odyssey, shard: GatewayShard? = nil,
         compress: Bool? = nil, largeThreshold: Int? = nil, presence: GatewayPresence? = nil) {
        self.token = token
        self.intents = intents
        self.properties = properties
        self.shard = shard
        self.compress = compress
        self.largeThreshold = largeThreshold
        self.presence = presence
    }

    private enum CodingKeys: String, CodingKey {
        case token, intents, properties, shard, compress, presence
        case largeThreshold = "large_threshold"
    }

    func encode(to encoder: any Encoder) throws {
        if let largeThreshold, !(50...250).contains(largeThreshold) {
            throw EncodingError.invalidValue(largeThreshold, .init(codingPath: encoder.codingPath,
                debugDescription: "large_threshold must be between 50 and 250, got \(largeThreshold)"))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(token, forKey: .token)
        try container.encode(intents, forKey: .intents)
        try container.encode(properties, forKey: .properties)
        try container.encodeIfPresent(shard, forKey: .shard)
        try container.encodeIfPresent(compress, forKey: .compress)
        try container.encodeIfPresent(largeThreshold, forKey: .largeThreshold)
        try container.encodeIfPresent(presence, forKey: .presence)
    }
}

extension GatewayIdentify: CustomStringConvertible {
    /// Never prints the token.
    var description: String {
        "GatewayIdentify(intents: \(intents.names.joined(separator: "|")), shard: \(shard.map(\.description) ?? "none"))"
    }
}
