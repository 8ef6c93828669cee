import Shared

/// Where commands are deployed: one guild (changes show at once, for development) or globally.
enum CommandScope: Sendable, Equatable, CustomStringConvertible {
    case global
    case guild(Snowflake)

    var guildID: Snowflake? {
        if case .guild(let id) = self { return id }
        return nil
    }

    var name: CommandScopeName { guildID == nil ? .global : .guild }

    var description: String { guildID.map { "guild \($0)" } ?? "global" }
}
