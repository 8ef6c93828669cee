import Logging

/// How a handler may be used, checked before it runs.
struct InteractionHandlerOptions: Sendable {
    /// Used in logs (`feature` field).
    var feature: String
    /// DMs get an ephemeral refusal instead of the handler.
    var guildOnly = false
    /// Checked against the member's computed channel permissions sent with the interaction.
    var requiredPermissions: DiscordPermissions = []
    /// Declares the reply ephemeral up front, so a deferral (sent before the reply exists) is too.
    var ephemeral = false
    /// A boolean option the member sets to make the reply private (`/roll dice private:true`):
    /// when true, the reply and any deferral are ephemeral, as with ``ephemeral``.
    var privateOption: String? = nil

    init(feature: String, guildOnly: Bool = false, requiredPermissions: DiscordPermissions = [], ephemeral: Bool = false,
         privateOption: String? = nil) {
        self.feature = feature
        self.guildOnly = guildOnly
        self.requiredPermissions = requiredPermissions
        self.ephemeral = ephemeral
        self.privateOption = privateOption
    }

    /// Whether `interaction`'s reply must be ephemeral whatever the handler answers.
    func isEphemeral(_ interaction: Interaction) -> Bool {
        guard !ephemeral else { return true }
        guard let privateOption, case .command(let data)? = interaction.data else { return false }
        return data.option(privateOption)?.value?.boolean == true
    }
}

typealias InteractionHandler = @Sendable (InteractionContext) async throws -> InteractionReply

/// Finds the handler for an interaction: commands and autocomplete by command path (subcommand
/// group and subcommand included), components and modals by custom_id prefix. It also applies the
/// handler's options, so a refused or unknown interaction never reaches feature code.
///
/// ```swift
/// var router = InteractionRouter()
/// router.command(["sign-up", "join"], options: .init(feature: "sign-up", guildOnly: true)) { _ in .ephemeral("Joined") }
/// router.component(prefix: "duel-accept", options: .init(feature: "duel")) { context in
///     let duel = try context.customID?.field(0, as: Int64.self)
///     return .update(MessagePayload(content: "Accepted"))
/// }
/// ```
struct InteractionRouter: Sendable {
    struct Route: Sendable {
        let options: InteractionHandlerOptions
        let handler: InteractionHandler
    }

    /// What routing decided.
    enum Decision: Sendable {
        case run(Route, action: String)
        /// Answer with this reply, run nothing (unknown, refused, or not routable).
        case refuse(InteractionReply, reason: String)
    }

    private var commands: [[String]: Route] = [:]
    private var autocompletes: [[String]: Route] = [:]
    private var components: [String: Route] = [:]
    private var modals: [String: Route] = [:]

    init() {}

    mutating func command(_ path: [String], options: InteractionHandlerOptions, handler: @escaping InteractionHandler) {
        commands[path] = Route(options: options, handler: handler)
    }

    mutating func autocomplete(_ path: [String], options: InteractionHandlerOptions, handler: @escaping InteractionHandler) {
        autocompletes[path] = Route(options: options, handler: handler)
    }

    /// `prefix` is the ``CustomID`` prefix: the custom_id up to its first `:`.
    mutating func component(prefix: String, options: InteractionHandlerOptions, handler: @escaping InteractionHandler) {
        components[prefix] = Route(options: options, handler: handler)
    }

    mutating func modal(prefix: String, options: InteractionHandlerOptions, handler: @escaping InteractionHandler) {
        modals[prefix] = Route(options: options, handler: handler)
    }

    /// The options of the handler an interaction would reach, for deciding how to defer it.
    /// Refusals are written in `language`, which the responder resolves first (this stays synchronous).
    func decide(_ interaction: Interaction, language: Language = .default) -> Decision {
        let found: (Route, String)?
        switch (interaction.type, interaction.data) {
        case (.applicationCommand, .command(let data)?):
            found = commands[data.commandPath].map { ($0, data.commandPath.joined(separator: " ")) }
        case (.applicationCommandAutocomplete, .command(let data)?):
            found = autocompletes[data.commandPath].map { ($0, data.commandPath.joined(separator: " ")) }
        case (.messageComponent, .component(let data)?):
            found = Self.byPrefix(data.customID, in: components)
        case (.modalSubmit, .modalSubmit(let data)?):
            found = Self.byPrefix(data.customID, in: modals)
        default:
            found = nil
        }
        guard let (route, action) = found else {
            return .refuse(Self.refusal(Localizer.text(MessageKeys.Interaction.unavailable, in: language), for: interaction),
                           reason: "no handler")
        }
        if route.options.guildOnly, interaction.guildID == nil {
            return .refuse(Self.refusal(Localizer.text(MessageKeys.Interaction.guildOnly, in: language), for: interaction),
                           reason: "guild only, used in a DM")
        }
        let required = route.options.requiredPermissions
        if !required.isEmpty {
            let granted = interaction.member?.permissions ?? []
            // Discord's computed permissions already include everything for administrators; checked anyway.
            let missing = granted.contains(.administrator) ? [] : required.subtracting(granted)
            if !missing.isEmpty {
                // Named as the member's Discord client shows them; the log keeps the English names.
                let names = missing.names(in: language).joined(separator: ", ")
                let text = Localizer.text(MessageKeys.Interaction.missingPermission, ["permissions": names], in: language)
                return .refuse(Self.refusal(text, for: interaction),
                               reason: "missing permission \(missing.names.joined(separator: ", "))")
            }
        }
        return .run(route, action: action)
    }

    /// Autocomplete cannot carry a message (receiving-and-responding.mdx: only type 8 answers it), so it gets no choices.
    private static func refusal(_ text: String, for interaction: Interaction) -> InteractionReply {
        interaction.type == .applicationCommandAutocomplete ? .autocomplete([]) : .ephemeral(text)
    }

    private static func byPrefix(_ customID: String, in table: [String: Route]) -> (Route, String)? {
        let prefix = customID.split(separator: CustomID.separator, maxSplits: 1, omittingEmptySubsequences: false)
            .first.map(String.init) ?? customID
        return table[prefix].map { ($0, prefix) }
    }
}
