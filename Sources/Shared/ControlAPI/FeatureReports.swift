import Foundation

/// One feature's state in a ``FeatureListReport``.
public struct FeatureStateReport: Codable, Sendable, Equatable {
    /// Where the state comes from: the guild's own switch, the global flag, or the catalog default.
    public enum Source: String, Codable, Sendable {
        case guild, global, `default`
    }

    public var name: String
    public var summary: String
    public var enabled: Bool
    public var source: Source

    public init(name: String, summary: String, enabled: Bool, source: Source) {
        self.name = name
        self.summary = summary
        self.enabled = enabled
        self.source = source
    }
}

/// `GET /v1/features[?guild_id=]`: every feature module and whether it is on, for one guild or
/// globally.
///
/// ```swift
/// let report = try await client.features(guildID: "1191…")
/// let off = report.features.filter { !$0.enabled }.map(\.name)
/// ```
public struct FeatureListReport: Codable, Sendable, Equatable {
    public var guildId: String?
    public var features: [FeatureStateReport]

    public init(guildId: String?, features: [FeatureStateReport]) {
        self.guildId = guildId
        self.features = features
    }
}

/// `POST /v1/features`: switch the named features (or all of them) on or off, for one guild or
/// globally.
public struct FeatureSetRequest: Codable, Sendable, Equatable {
    public var guildId: String?
    /// Nil means every feature (`enable-all`, `disable-all`).
    public var names: [String]?
    public var enabled: Bool

    public init(guildId: String?, names: [String]?, enabled: Bool) {
        self.guildId = guildId
        self.names = names
        self.enabled = enabled
    }
}

/// What `POST /v1/features` changed: the features whose state is now different, and the list after.
public struct FeatureSetReport: Codable, Sendable, Equatable {
    public var changed: [String]
    public var report: FeatureListReport

    public init(changed: [String], report: FeatureListReport) {
        self.changed = changed
        self.report = report
    }
}

/// One change in the administrators' audit trail (`GET /v1/audit`).
public struct AuditEntryReport: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: Date
    /// `odysseyctl` or `discord`.
    public var source: String
    /// The operator (`uid 1000 (ada)`) or the member's Discord id.
    public var actor: String
    public var guildId: String?
    public var action: String
    public var target: String
    public var before: JSONValue?
    public var after: JSONValue?

    public init(id: Int64, at: Date, source: String, actor: String, guildId: String?, action: String, target: String,
                before: JSONValue?, after: JSONValue?) {
        self.id = id
        self.at = at
        self.source = source
        self.actor = actor
        self.guildId = guildId
        self.action = action
        self.target = target
        self.before = before
        self.after = after
    }
}

/// `GET /v1/audit[?guild_id=&limit=]`, newest first.
public struct AuditReport: Codable, Sendable, Equatable {
    public var entries: [AuditEntryReport]

    public init(entries: [AuditEntryReport]) {
        self.entries = entries
    }
}
