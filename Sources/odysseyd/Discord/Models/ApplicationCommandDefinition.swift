/// A command as the daemon declares it and PUTs in a bulk overwrite
/// (discord-docs/interactions/application-commands.mdx, "Bulk Overwrite Global Application
/// Commands" and "Create Global Application Command" JSON params).
///
/// Equality is Discord's view, so `commands plan` reports a change only when a PUT would change
/// something. Discord fills these in when they are left out, and we treat missing as that default:
/// - `type`: 1 (CHAT_INPUT)
/// - `dm_permission`: true (deprecated; "by default, commands are visible")
/// - `nsfw`: false
/// - `options`: none; `name_localizations` / `description_localizations`: none (GET returns null)
/// - `default_member_permissions`: null means everyone may use it, so nil only equals nil
/// - `integration_types` and `contexts`: default to the app's configured installation contexts,
///   which this code cannot see, so nil on either side matches anything
/// Options compare by ``ApplicationCommandOption``'s own normalised equality, in order (order is
/// what users see).
///
/// ```swift
/// let duel = ApplicationCommandDefinition(name: "duel", description: "Challenge someone", options: [
///     ApplicationCommandOption(type: .user, name: "opponent", description: "Who", required: true),
/// ])
/// let drift = remote.map(\.definition) != declared
/// ```
struct ApplicationCommandDefinition: Codable, Hashable, Sendable {
    var name: String
    var type: ApplicationCommandType? = nil
    var description: String
    var options: [ApplicationCommandOption]? = nil
    var defaultMemberPermissions: DiscordPermissions? = nil
    var dmPermission: Bool? = nil
    var contexts: [InteractionContextType]? = nil
    var integrationTypes: [Int]? = nil
    var nsfw: Bool? = nil
    var nameLocalizations: [String: String]? = nil
    var descriptionLocalizations: [String: String]? = nil

    enum CodingKeys: String, CodingKey {
        case name, type, description, options, contexts, nsfw
        case defaultMemberPermissions = "default_member_permissions"
        case dmPermission = "dm_permission"
        case integrationTypes = "integration_types"
        case nameLocalizations = "name_localizations"
        case descriptionLocalizations = "description_localizations"
    }

    init(name: String, type: ApplicationCommandType? = nil, description: String,
         options: [ApplicationCommandOption]? = nil, defaultMemberPermissions: DiscordPermissions? = nil,
         dmPermission: Bool? = nil, contexts: [InteractionContextType]? = nil, integrationTypes: [Int]? = nil,
         nsfw: Bool? = nil, nameLocalizations: [String: String]? = nil, descriptionLocalizations: [String: String]? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.options = options
        self.defaultMemberPermissions = defaultMemberPermissions
        self.dmPermission = dmPermission
        self.contexts = contexts
        self.integrationTypes = integrationTypes
        self.nsfw = nsfw
        self.nameLocalizations = nameLocalizations
        self.descriptionLocalizations = descriptionLocalizations
    }

    /// The type Discord will store.
    var effectiveType: ApplicationCommandType { type ?? .chatInput }

    /// As synthesised, except `default_member_permissions`: an integer, as Discord's OpenAPI
    /// description types it for requests (Discord answers with a string, which decoding accepts).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encode(description, forKey: .description)
        try c.encodeIfPresent(options, forKey: .options)
        try c.encodeIfPresent(defaultMemberPermissions?.rawValue, forKey: .defaultMemberPermissions)
        try c.encodeIfPresent(dmPermission, forKey: .dmPermission)
        try c.encodeIfPresent(contexts, forKey: .contexts)
        try c.encodeIfPresent(integrationTypes, forKey: .integrationTypes)
        try c.encodeIfPresent(nsfw, forKey: .nsfw)
        try c.encodeIfPresent(nameLocalizations, forKey: .nameLocalizations)
        try c.encodeIfPresent(descriptionLocalizations, forKey: .descriptionLocalizations)
    }

    static func == (lhs: ApplicationCommandDefinition, rhs: ApplicationCommandDefinition) -> Bool {
        lhs.name == rhs.name
            && lhs.effectiveType == rhs.effectiveType
            && lhs.description == rhs.description
            && (lhs.options ?? []) == (rhs.options ?? [])
            && lhs.defaultMemberPermissions == rhs.defaultMemberPermissions
            && (lhs.dmPermission ?? true) == (rhs.dmPermission ?? true)
            && (lhs.nsfw ?? false) == (rhs.nsfw ?? false)
            && (lhs.nameLocalizations ?? [:]) == (rhs.nameLocalizations ?? [:])
            && (lhs.descriptionLocalizations ?? [:]) == (rhs.descriptionLocalizations ?? [:])
            && Self.sameOrUnset(lhs.contexts.map(Set.init), rhs.contexts.map(Set.init))
            && Self.sameOrUnset(lhs.integrationTypes.map(Set.init), rhs.integrationTypes.map(Set.init))
    }

    private static func sameOrUnset<T: Equatable>(_ a: T?, _ b: T?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(effectiveType)
    }
}
