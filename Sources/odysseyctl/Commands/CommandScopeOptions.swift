import ArgumentParser

/// `--guild ID` of the `commands` subcommands: one guild instead of the global set.
struct CommandScopeOptions: ParsableArguments {
    @Option(name: .customLong("guild"), help: ArgumentHelp("Work on this guild's commands instead of the global ones.", valueName: "id"))
    var guildID: String?

    func validate() throws {
        try Self.validate(guildID)
    }

    /// `--guild` takes digits only; `invite` checks its own `--guild` the same way.
    static func validate(_ guildID: String?) throws {
        if let guildID, guildID.isEmpty || !guildID.allSatisfy(\.isASCII) || !guildID.allSatisfy(\.isNumber) {
            throw ValidationError("--guild takes a guild id (digits), not \"\(guildID)\".")
        }
    }
}
