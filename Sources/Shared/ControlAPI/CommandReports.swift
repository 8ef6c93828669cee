/// Where slash commands are deployed: one guild (instant, for development) or every guild the
/// bot is in (global, for production).
public enum CommandScopeName: String, Codable, Sendable {
    case global
    case guild
}

/// What a deploy would do to one command.
public enum CommandChangeAction: String, Codable, Sendable, CaseIterable {
    /// Declared here, missing on Discord.
    case add
    /// On both sides, different.
    case update
    /// On Discord, no longer declared here.
    case remove
    /// On both sides, the same.
    case unchanged
}

/// One command in a plan.
///
/// ```swift
/// CommandChange(name: "ping", action: .update, fields: ["description"])
/// ```
public struct CommandChange: Codable, Sendable, Equatable {
    public var name: String
    public var action: CommandChangeAction
    /// For an update: the fields that differ, in Discord's names (`description`, `options`, …).
    public var fields: [String]

    public init(name: String, action: CommandChangeAction, fields: [String] = []) {
        self.name = name
        self.action = action
        self.fields = fields
    }
}

/// `GET /v1/commands/plan` and `POST /v1/commands/deploy`: the declared commands compared with
/// what Discord has, and whether this call wrote them.
public struct CommandPlanReport: Codable, Sendable, Equatable {
    public var scope: CommandScopeName
    public var guildId: String?
    public var applicationId: String
    /// Sorted by name.
    public var changes: [CommandChange]
    /// No command differs: a deploy would write nothing.
    public var inSync: Bool
    /// A deploy wrote the declared set (bulk overwrite). False for a plan and for a deploy with nothing to do.
    public var applied: Bool

    public init(scope: CommandScopeName, guildId: String?, applicationId: String, changes: [CommandChange], applied: Bool) {
        self.scope = scope
        self.guildId = guildId
        self.applicationId = applicationId
        self.changes = changes
        self.inSync = changes.allSatisfy { $0.action == .unchanged }
        self.applied = applied
    }
}

/// `POST /v1/commands/deploy` body. No guild: global.
public struct CommandDeployRequest: Codable, Sendable, Equatable {
    public var guildId: String?

    public init(guildId: String?) {
        self.guildId = guildId
    }
}

/// `GET /v1/invite`: the URL that adds the bot with what the enabled features need.
public struct InviteReport: Codable, Sendable, Equatable {
    public var url: String
    /// The permission integer, as a decimal string (it outgrows JSON's safe integers).
    public var permissions: String
    public var permissionNames: [String]
    /// The enabled features the permissions were computed from.
    public var features: [String]
    public var scopes: [String]

    public init(url: String, permissions: String, permissionNames: [String], features: [String], scopes: [String]) {
        self.url = url
        self.permissions = permissions
        self.permissionNames = permissionNames
        self.features = features
        self.scopes = scopes
    }
}
