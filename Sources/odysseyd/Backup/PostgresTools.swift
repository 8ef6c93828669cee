import Foundation

/// Finds `pg_dump`/`pg_restore` and turns the daemon's ``ConnectionSettings`` into their
/// arguments, keeping any password off the command line (where `ps` would show it).
///
/// ```swift
/// let tools = try PostgresTools.locate()
/// let target = try PostgresTools.Target(settings: configuration.database)
/// _ = try await ChildProcess.run(tools.dump, ["--dbname", target.conninfo], environment: target.environment)
/// ```
struct PostgresTools: Sendable {
    let dump: String
    let restore: String

    /// The newest `/usr/lib/postgresql/N/bin` first: Debian's `/usr/bin/pg_dump` is a Perl
    /// wrapper that picks a version by cluster configuration, and a dump needs a client at least
    /// as new as the server.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresTools {
        let versioned = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .compactMap { Int($0) }.sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ tool: String) throws -> String {
            for directory in versioned + path where FileManager.default.isExecutableFile(atPath: directory + "/" + tool) {
                return directory + "/" + tool
            }
            throw BackupError.toolMissing(tool)
        }
        return PostgresTools(dump: try find("pg_dump"), restore: try find("pg_restore"))
    }

    /// The database to dump or restore into, as the tools take it.
    struct Target: Sendable {
        /// For `--dbname`: the conninfo without its password.
        let conninfo: String
        /// `PGPASSWORD` when the conninfo had a password; libpq's `PG*` variables and
        /// `~/.pgpass` apply as for the daemon.
        let environment: [String: String]

        init(settings: ConnectionSettings) throws {
            let options = try ConnectionSettings.parse(settings.conninfo)
            var environment = ["PGAPPNAME": "odysseyd-backup", "PGCONNECT_TIMEOUT": String(settings.connectTimeoutSeconds)]
            if let password = options.first(where: { $0.key == "password" })?.value {
                environment["PGPASSWORD"] = password
            }
            self.environment = environment
            conninfo = options.filter { $0.key != "password" }
                .map { "\($0.key)='\($0.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'"))'" }
                .joined(separator: " ")
        }
    }
}
