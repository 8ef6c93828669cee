import Foundation

/// Where each setting comes from, in order of precedence: the process environment, then a
/// systemd credential (`$CREDENTIALS_DIRECTORY/NAME`, for secrets), then the env file.
///
/// ```swift
/// let source = try ConfigurationSource.load(envFile: "/etc/odyssey/odysseyd.env", explicit: false)
/// let url = source["DATABASE_URL"]?.value
/// ```
struct ConfigurationSource: Sendable {
    enum Origin: String, Sendable {
        case environment
        case credential
        case envFile = "env file"
        case defaultValue = "default"
    }

    struct Entry: Sendable {
        var value: String
        var origin: Origin
    }

    /// Settings that may come from `$CREDENTIALS_DIRECTORY` because they hold secrets.
    static let credentialNames = ["DATABASE_URL", "DISCORD_TOKEN", "DISCORD_PUBLIC_KEY", "DISCORD_CLIENT_SECRET", "ODYSSEY_TOKEN_KEY"]

    private(set) var entries: [String: Entry] = [:]
    let envFilePath: String?

    subscript(name: String) -> Entry? { entries[name] }

    var names: [String] { Array(entries.keys) }

    /// - Parameter explicit: the env file was named on the command line, so a missing file is an
    ///   error; the default path may simply not exist.
    static func load(
        envFile: String?, explicit: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ConfigurationSource {
        var source = ConfigurationSource(envFilePath: envFile)
        if let envFile {
            if FileManager.default.fileExists(atPath: envFile) {
                for (name, value) in try EnvFile.parse(contentsOf: envFile) {
                    source.entries[name] = Entry(value: value, origin: .envFile)
                }
            } else if explicit {
                throw ConfigurationError(setting: "--env-file", message: "\(envFile) does not exist")
            }
        }
        if let directory = environment["CREDENTIALS_DIRECTORY"], !directory.isEmpty {
            for name in credentialNames {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
                source.entries[name] = Entry(value: value, origin: .credential)
            }
        }
        for (name, value) in environment where name.hasPrefix("ODYSSEY_") || name.hasPrefix("DISCORD_") || name == "DATABASE_URL" {
            source.entries[name] = Entry(value: value, origin: .environment)
        }
        return source
    }
}
