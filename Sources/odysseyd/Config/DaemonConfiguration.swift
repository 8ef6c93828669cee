import Foundation
import Logging
import Shared

/// Everything odysseyd reads at start, validated; an invalid value is named with the form expected.
///
/// ```swift
/// let source = try ConfigurationSource.load(envFile: path, explicit: true)
/// let configuration = try DaemonConfiguration(source: source)
/// ```
struct DaemonConfiguration: Sendable {
    enum LogFormat: String, Sendable, CaseIterable {
        case json
        case text
    }

    var database: ConnectionSettings
    var databasePoolSize: Int
    var controlSocket: String
    /// Members of this group may make write calls on the control socket.
    var adminGroup: String
    var httpHost: String
    var httpPort: Int
    var logLevel: Logger.Level
    var logFormat: LogFormat
    var autoMigrate: Bool
    var shutdownTimeout: Duration
    var jobRetention: Duration
    var migrationsDirectory: String
    /// Where `odysseyctl backup create` writes dumps (created on demand, mode 0700).
    var backupDirectory: String
    /// How many dumps `backup create` keeps; older ones are deleted after each new one.
    var backupKeep: Int
    var discordToken: String?
    var discordApplicationID: String?
    var discordPublicKey: String?
    var discordAPIBaseURL: String
    /// nil: the URL `GET /gateway/bot` names.
    var discordGatewayURL: String?
    var discordIntents: GatewayIntents
    /// nil: the count `GET /gateway/bot` recommends.
    var discordShardCount: Int?
    /// nil: every shard of the count.
    var discordShardIDs: String?
    /// The dashboard OAuth bridge (issue 5); nil unless its secret and key are set.
    var oauth: OAuthBridgeSettings?

    /// Every setting with its default, for `--check-config` and the man page.
    static let defaults: [String: String] = [
        "DATABASE_URL": "",
        "ODYSSEY_DB_POOL_SIZE": "10",
        "ODYSSEY_DB_STATEMENT_TIMEOUT": "30s",
        "ODYSSEY_CONTROL_SOCKET": ControlDefaults.socketPath,
        "ODYSSEY_ADMIN_GROUP": "odyssey",
        "ODYSSEY_HTTP_ADDRESS": "127.0.0.1:8080",
        "ODYSSEY_LOG_LEVEL": "info",
        "ODYSSEY_LOG_FORMAT": "json",
        "ODYSSEY_AUTO_MIGRATE": "false",
        "ODYSSEY_SHUTDOWN_TIMEOUT": "25s",
        "ODYSSEY_JOB_RETENTION": "7d",
        "ODYSSEY_MIGRATIONS_DIR": "",
        "ODYSSEY_BACKUP_DIR": "/var/lib/odyssey/backups",
        "ODYSSEY_BACKUP_KEEP": "24",
        "DISCORD_TOKEN": "",
        "DISCORD_APPLICATION_ID": "",
        "DISCORD_PUBLIC_KEY": "",
        "DISCORD_API_BASE_URL": "https://discord.com/api/v10",
        "DISCORD_GATEWAY_URL": "",
        "DISCORD_INTENTS": DaemonConfiguration.defaultIntents.names.joined(separator: ","),
        "DISCORD_SHARD_COUNT": "auto",
        "DISCORD_SHARDS": "all",
        "DISCORD_CLIENT_SECRET": "",
        "ODYSSEY_TOKEN_KEY": "",
        "ODYSSEY_SESSION_TTL": "7d",
        "ODYSSEY_OAUTH_REDIRECT_URIS": "",
        "ODYSSEY_OAUTH_SYNC_URL": "",
    ]

    /// What the features listen to: guilds and channels, members (privileged: switch on "Server
    /// Members Intent" in the Developer Portal), voice states, messages and reactions (without
    /// their content) for mileage.
    static let defaultIntents: GatewayIntents = [.guilds, .guildMembers, .guildVoiceStates, .guildMessages, .guildMessageReactions]

    static let secretNames: Set<String> = ["DISCORD_TOKEN", "DISCORD_CLIENT_SECRET", "ODYSSEY_TOKEN_KEY"]

    init(source: ConfigurationSource) throws {
        func value(_ name: String) -> String {
            source[name]?.value ?? Self.defaults[name] ?? ""
        }
        func optional(_ name: String) -> String? {
            let text = value(name).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }

        let statementTimeout = try Self.parseDuration(value("ODYSSEY_DB_STATEMENT_TIMEOUT"), setting: "ODYSSEY_DB_STATEMENT_TIMEOUT")
        do {
            database = try ConnectionSettings(
                conninfo: value("DATABASE_URL"),
                statementTimeoutMilliseconds: Int(statementTimeout.milliseconds)
            )
        } catch {
            throw ConfigurationError(setting: "DATABASE_URL", message: "\(error); expected a libpq conninfo (host=... dbname=...) or a URL postgres://user@host:port/dbname")
        }
        databasePoolSize = try Self.parseInt(value("ODYSSEY_DB_POOL_SIZE"), setting: "ODYSSEY_DB_POOL_SIZE", range: 1...200)
        controlSocket = value("ODYSSEY_CONTROL_SOCKET")
        guard controlSocket.hasPrefix("/") || controlSocket.hasPrefix("."), controlSocket.utf8.count < 108 else {
            throw ConfigurationError(setting: "ODYSSEY_CONTROL_SOCKET", message: "\"\(controlSocket)\" must be a path shorter than 108 bytes, e.g. /run/odysseyd/control.sock")
        }
        adminGroup = value("ODYSSEY_ADMIN_GROUP")
        (httpHost, httpPort) = try Self.parseAddress(value("ODYSSEY_HTTP_ADDRESS"))
        logLevel = try Self.parseLogLevel(value("ODYSSEY_LOG_LEVEL"))
        guard let format = LogFormat(rawValue: value("ODYSSEY_LOG_FORMAT").lowercased()) else {
            throw ConfigurationError(setting: "ODYSSEY_LOG_FORMAT", message: "\"\(value("ODYSSEY_LOG_FORMAT"))\" is not json or text")
        }
        logFormat = format
        autoMigrate = try Self.parseBool(value("ODYSSEY_AUTO_MIGRATE"), setting: "ODYSSEY_AUTO_MIGRATE")
        shutdownTimeout = try Self.parseDuration(value("ODYSSEY_SHUTDOWN_TIMEOUT"), setting: "ODYSSEY_SHUTDOWN_TIMEOUT")
        jobRetention = try Self.parseDuration(value("ODYSSEY_JOB_RETENTION"), setting: "ODYSSEY_JOB_RETENTION")
        guard jobRetention >= .seconds(60) else {
            throw ConfigurationError(setting: "ODYSSEY_JOB_RETENTION", message: "\"\(value("ODYSSEY_JOB_RETENTION"))\" is too short: keep finished jobs at least 1m, e.g. 7d")
        }
        migrationsDirectory = optional("ODYSSEY_MIGRATIONS_DIR") ?? Self.defaultMigrationsDirectory()
        backupDirectory = value("ODYSSEY_BACKUP_DIR").trimmingCharacters(in: .whitespaces)
        guard backupDirectory.hasPrefix("/") || backupDirectory.hasPrefix(".") else {
            throw ConfigurationError(setting: "ODYSSEY_BACKUP_DIR", message: "\"\(backupDirectory)\" must be a path, e.g. /var/lib/odyssey/backups")
        }
        backupKeep = try Self.parseInt(value("ODYSSEY_BACKUP_KEEP"), setting: "ODYSSEY_BACKUP_KEEP", range: 1...10_000)

        discordToken = optional("DISCORD_TOKEN")
        discordApplicationID = optional("DISCORD_APPLICATION_ID")
        if let id = discordApplicationID, !(17...20).contains(id.utf8.count) || !id.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            throw ConfigurationError(setting: "DISCORD_APPLICATION_ID", message: "\"\(id)\" is not a snowflake (17 to 20 digits)")
        }
        discordPublicKey = optional("DISCORD_PUBLIC_KEY")
        if let key = discordPublicKey, (try? Ed25519PublicKey(hex: key)) == nil {
            throw ConfigurationError(setting: "DISCORD_PUBLIC_KEY", message: "expected 64 hexadecimal characters (the application's Ed25519 public key)")
        }
        discordAPIBaseURL = value("DISCORD_API_BASE_URL")
        guard let url = URL(string: discordAPIBaseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ConfigurationError(setting: "DISCORD_API_BASE_URL", message: "\"\(discordAPIBaseURL)\" is not an http(s) URL, e.g. https://discord.com/api/v10")
        }
        if discordToken != nil, discordApplicationID == nil {
            throw ConfigurationError(setting: "DISCORD_APPLICATION_ID", message: "is required with DISCORD_TOKEN: copy the Application ID from the Developer Portal's General Information page")
        }
        discordGatewayURL = optional("DISCORD_GATEWAY_URL")
        if let gateway = discordGatewayURL {
            guard let url = URL(string: gateway), ["ws", "wss"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigurationError(setting: "DISCORD_GATEWAY_URL", message: "\"\(gateway)\" is not a ws(s) URL, e.g. wss://gateway.discord.gg")
            }
        }
        discordIntents = try Self.parseIntents(value("DISCORD_INTENTS"))
        let shardCount = value("DISCORD_SHARD_COUNT").trimmingCharacters(in: .whitespaces)
        discordShardCount = shardCount.lowercased() == "auto" || shardCount.isEmpty
            ? nil : try Self.parseInt(shardCount, setting: "DISCORD_SHARD_COUNT", range: 1...100_000)
        let shards = value("DISCORD_SHARDS").trimmingCharacters(in: .whitespaces)
        discordShardIDs = shards.lowercased() == "all" || shards.isEmpty ? nil : shards
        if let spec = discordShardIDs {
            guard let total = discordShardCount else {
                throw ConfigurationError(setting: "DISCORD_SHARDS", message: "naming shards (\"\(spec)\") needs a fixed DISCORD_SHARD_COUNT, so every daemon splits the same count")
            }
            do {
                _ = try ShardPlan(total: total, spec: spec)
            } catch {
                throw ConfigurationError(setting: "DISCORD_SHARDS", message: "\(error); expected ids or ranges below DISCORD_SHARD_COUNT, e.g. 0-3,8")
            }
        }
        oauth = try OAuthBridgeSettings(value: value, applicationID: discordApplicationID)
    }

    /// Packaged installs ship migrations in /usr/share; a source checkout has them beside the package.
    /// `make install PREFIX=/usr/local` puts them in `<prefix>/share`, found beside `<prefix>/bin`.
    static func defaultMigrationsDirectory() -> String {
        let packaged = "/usr/share/odyssey/migrations"
        if FileManager.default.fileExists(atPath: packaged) { return packaged }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let prefix = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent().path
            let besidePrefix = prefix + "/share/odyssey/migrations"
            if FileManager.default.fileExists(atPath: besidePrefix) { return besidePrefix }
        }
        return FileManager.default.currentDirectoryPath + "/migrations"
    }

    /// The effective settings with their origin, secrets redacted, for `odysseyd --check-config`.
    func describe(source: ConfigurationSource) -> [(name: String, value: String, origin: String)] {
        let effective: [String: String] = [
            "DATABASE_URL": database.redacted,
            "ODYSSEY_DB_POOL_SIZE": String(databasePoolSize),
            "ODYSSEY_DB_STATEMENT_TIMEOUT": "\(database.statementTimeoutMilliseconds)ms",
            "ODYSSEY_CONTROL_SOCKET": controlSocket,
            "ODYSSEY_ADMIN_GROUP": adminGroup,
            "ODYSSEY_HTTP_ADDRESS": httpHost.contains(":") ? "[\(httpHost)]:\(httpPort)" : "\(httpHost):\(httpPort)",
            "ODYSSEY_LOG_LEVEL": logLevel.rawValue,
            "ODYSSEY_LOG_FORMAT": logFormat.rawValue,
            "ODYSSEY_AUTO_MIGRATE": String(autoMigrate),
            "ODYSSEY_SHUTDOWN_TIMEOUT": "\(shutdownTimeout)",
            "ODYSSEY_JOB_RETENTION": "\(jobRetention)",
            "ODYSSEY_MIGRATIONS_DIR": migrationsDirectory,
            "ODYSSEY_BACKUP_DIR": backupDirectory,
            "ODYSSEY_BACKUP_KEEP": String(backupKeep),
            "DISCORD_TOKEN": discordToken == nil ? "(not set)" : "(redacted)",
            "DISCORD_APPLICATION_ID": discordApplicationID ?? "(not set)",
            "DISCORD_PUBLIC_KEY": discordPublicKey ?? "(not set)",
            "DISCORD_API_BASE_URL": discordAPIBaseURL,
            "DISCORD_GATEWAY_URL": discordGatewayURL ?? "(from GET /gateway/bot)",
            "DISCORD_INTENTS": discordIntents.names.joined(separator: ","),
            "DISCORD_SHARD_COUNT": discordShardCount.map(String.init) ?? "auto",
            "DISCORD_SHARDS": discordShardIDs ?? "all",
        ].merging(OAuthBridgeSettings.describe(oauth)) { current, _ in current }
        return effective.keys.sorted().map { name in
            (name, effective[name] ?? "", source[name]?.origin.rawValue ?? ConfigurationSource.Origin.defaultValue.rawValue)
        }
    }

    /// Names that look like settings but are none: a typo, or a `PG*` variable in the env file
    /// (libpq reads those from the process environment only).
    static func unknownSettings(in source: ConfigurationSource) -> [String] {
        source.names.filter { defaults[$0] == nil }.sorted()
    }

    /// Discord's intent names (`GUILDS,GUILD_MEMBERS`), or the integer bit field.
    static func parseIntents(_ text: String) throws -> GatewayIntents {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let raw = Int(trimmed), raw >= 0 { return GatewayIntents(rawValue: raw) }
        var intents: GatewayIntents = []
        for part in trimmed.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).uppercased()
            guard let intent = GatewayIntents.documented.first(where: { $0.1 == name })?.0 else {
                throw ConfigurationError(setting: "DISCORD_INTENTS", message: "unknown intent \"\(name)\"; expected names such as GUILDS,GUILD_MEMBERS,GUILD_VOICE_STATES or an integer")
            }
            intents.insert(intent)
        }
        guard !intents.isEmpty else {
            throw ConfigurationError(setting: "DISCORD_INTENTS", message: "is empty; the default is \(defaultIntents.names.joined(separator: ","))")
        }
        return intents
    }

    static func parseInt(_ text: String, setting: String, range: ClosedRange<Int>) throws -> Int {
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            throw ConfigurationError(setting: setting, message: "\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    static func parseBool(_ text: String, setting: String) throws -> Bool {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off", "": return false
        default: throw ConfigurationError(setting: setting, message: "\"\(text)\" is not a boolean (true/false, yes/no, on/off, 1/0)")
        }
    }

    /// `25s`, `500ms`, `2m`, `1h`, `7d`, or a bare number of seconds.
    static func parseDuration(_ text: String, setting: String) throws -> Duration {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, scale: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("", 1)]
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            if let number = Double(trimmed.dropLast(unit.suffix.count)), number >= 0, number.isFinite {
                return .milliseconds(Int64((number * unit.scale * 1000).rounded()))
            }
        }
        throw ConfigurationError(setting: setting, message: "\"\(text)\" is not a duration (e.g. 25s, 500ms, 2m, 7d)")
    }

    static func parseLogLevel(_ text: String) throws -> Logger.Level {
        let name = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard let level = Logger.Level(rawValue: name == "warn" ? "warning" : name) else {
            throw ConfigurationError(setting: "ODYSSEY_LOG_LEVEL", message: "\"\(text)\" is not one of trace, debug, info, notice, warning, error, critical")
        }
        return level
    }

    /// `host:port`, `[v6]:port`; port 0 picks a free one (tests).
    static func parseAddress(_ text: String) throws -> (String, Int) {
        let problem = ConfigurationError(setting: "ODYSSEY_HTTP_ADDRESS", message: "\"\(text)\" is not host:port, e.g. 127.0.0.1:8080 or [::1]:8080")
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw problem
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw problem }
        return (host, port)
    }
}
