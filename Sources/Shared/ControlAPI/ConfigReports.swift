import Foundation

/// One per-guild setting in a ``ConfigListReport``.
public struct ConfigSettingReport: Codable, Sendable, Equatable {
    /// `locale`, `stage_queue.host_role`, …
    public var key: String
    /// The stored value, or the default; nil when not set (the feature's own fallback applies).
    public var value: String?
    /// What a server that never set it gets; nil for optional settings.
    public var defaultValue: String?
    /// What the setting accepts: `ru or en`, `on or off`, an id….
    public var expected: String
    /// Whether `unset` clears it.
    public var optional: Bool
    public var description: String

    public init(key: String, value: String?, defaultValue: String?, expected: String, optional: Bool, description: String) {
        self.key = key
        self.value = value
        self.defaultValue = defaultValue
        self.expected = expected
        self.optional = optional
        self.description = description
    }
}

/// `GET /v1/config?guild_id=`: every per-guild setting of one server.
///
/// ```swift
/// let report = try await client.config(guildID: "1191…")
/// let locale = report.settings.first { $0.key == "locale" }?.value   // "ru"
/// ```
public struct ConfigListReport: Codable, Sendable, Equatable {
    public var guildId: String
    public var settings: [ConfigSettingReport]

    public init(guildId: String, settings: [ConfigSettingReport]) {
        self.guildId = guildId
        self.settings = settings
    }
}

/// `POST /v1/config`: change one setting of one server; `value` `unset` clears an optional one.
public struct ConfigSetRequest: Codable, Sendable, Equatable {
    public var guildId: String
    public var key: String
    public var value: String

    public init(guildId: String, key: String, value: String) {
        self.guildId = guildId
        self.key = key
        self.value = value
    }
}

/// What `POST /v1/config` did: the value before and after (nil: not set) and the setting now.
public struct ConfigSetReport: Codable, Sendable, Equatable {
    public var guildId: String
    public var key: String
    public var before: String?
    public var after: String?
    /// False when the value was already that: nothing was audited.
    public var changed: Bool
    public var setting: ConfigSettingReport

    public init(guildId: String, key: String, before: String?, after: String?, changed: Bool, setting: ConfigSettingReport) {
        self.guildId = guildId
        self.key = key
        self.before = before
        self.after = after
        self.changed = changed
        self.setting = setting
    }
}
