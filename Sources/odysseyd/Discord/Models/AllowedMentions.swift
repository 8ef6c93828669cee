/// Which mentions in a message may ping (discord-docs/resources/message.mdx, "Allowed Mentions
/// Object"). Send ``nobody`` with any text that echoes user input.
///
/// ```swift
/// var payload = MessagePayload(content: "Welcome <@\(user)>!")
/// payload.allowedMentions = AllowedMentions(users: [user])
/// ```
struct AllowedMentions: Codable, Hashable, Sendable {
    /// "roles", "users" and/or "everyone": mention kinds parsed from the content.
    var parse: [String] = []
    var roles: [Snowflake]? = nil
    var users: [Snowflake]? = nil
    var repliedUser: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case parse, roles, users
        case repliedUser = "replied_user"
    }

    /// Nothing pings. (Not `none`, which would read as `Optional.none` at call sites.)
    static let nobody = AllowedMentions()

    init(parse: [String] = [], roles: [Snowflake]? = nil, users: [Snowflake]? = nil, repliedUser: Bool? = nil) {
        self.parse = parse
        self.roles = roles
        self.users = users
        self.repliedUser = repliedUser
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        parse = try c.decodeIfPresent([String].self, forKey: .parse) ?? []
        roles = try c.decodeIfPresent([Snowflake].self, forKey: .roles)
        users = try c.decodeIfPresent([Snowflake].self, forKey: .users)
        repliedUser = try c.decodeIfPresent(Bool.self, forKey: .repliedUser)
    }
}
