import Foundation

/// One command's line in a ``CommandUsageReport``.
public struct CommandUsageEntry: Codable, Sendable, Equatable {
    /// The command path as members type it, subcommands joined by spaces: `roll dice`.
    public var command: String
    public var uses: Int
    /// Distinct members who used it in the period.
    public var members: Int

    public init(command: String, uses: Int, members: Int) {
        self.command = command
        self.uses = uses
        self.members = members
    }
}

/// `GET /v1/stats`: slash-command use over whole UTC days, for one guild or all of them.
///
/// ```swift
/// let report = try ControlJSON.decoder.decode(CommandUsageReport.self, from: body)
/// let top = report.commands.first   // most used first
/// ```
public struct CommandUsageReport: Codable, Sendable, Equatable {
    /// Midnight UTC of the first day counted: usage is kept per day, so a period starts on one.
    public var since: Date
    /// When the report was made; today counts up to the daemon's last flush (a few seconds behind).
    public var until: Date
    /// Nil for every guild together; "0" means direct messages.
    public var guildId: String?
    public var totalUses: Int
    /// Distinct members over all commands, each counted once.
    public var distinctMembers: Int
    /// Days in the period with at least one use.
    public var activeDays: Int
    /// Most used first, then by name.
    public var commands: [CommandUsageEntry]

    public init(since: Date, until: Date, guildId: String?, totalUses: Int, distinctMembers: Int, activeDays: Int,
                commands: [CommandUsageEntry]) {
        self.since = since
        self.until = until
        self.guildId = guildId
        self.totalUses = totalUses
        self.distinctMembers = distinctMembers
        self.activeDays = activeDays
        self.commands = commands
    }
}
