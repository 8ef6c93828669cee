/// Typed reads of the invoked command's options and of who invoked it.
///
/// ```swift
/// let expression = context.string("expression") ?? "1d20"
/// let secret = context.boolean("private") ?? false
/// ```
extension InteractionContext {
    func string(_ name: String) -> String? { command?.option(name)?.value?.string }
    func integer(_ name: String) -> Int64? { command?.option(name)?.value?.integer }
    func boolean(_ name: String) -> Bool? { command?.option(name)?.value?.boolean }

    /// What the user has typed so far in the option autocomplete asks about.
    var typedText: String {
        guard let value = command?.focusedOption?.value else { return "" }
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .boolean(let flag): return String(flag)
        }
    }

    /// The name the server shows for the invoker: nickname, then display name.
    var invokerName: String {
        interaction.member?.nick ?? user?.displayName ?? "Someone"
    }

    /// The invoker's computed permissions in the channel (none in a DM); administrators have all.
    func invokerHas(_ permissions: DiscordPermissions) -> Bool {
        guard let granted = interaction.member?.permissions else { return false }
        return granted.contains(.administrator) || granted.isSuperset(of: permissions)
    }
}
