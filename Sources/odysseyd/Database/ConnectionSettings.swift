import CLibPQ
import Foundation

/// How to reach PostgreSQL: a libpq conninfo string or URL, completed by the `PG*` environment
/// variables and `~/.pgpass` exactly as `psql` would.
///
/// ```swift
/// let settings = try ConnectionSettings(conninfo: "postgres://odyssey@localhost/odyssey")
/// print(settings.redacted)  // host=localhost user=odyssey dbname=odyssey
/// ```
struct ConnectionSettings: Sendable, Equatable {
    /// `DATABASE_URL` as given; empty means "all from `PG*` and defaults".
    var conninfo: String
    var statementTimeoutMilliseconds: Int = 30_000
    var connectTimeoutSeconds: Int = 5
    var applicationName: String = "odysseyd"

    init(conninfo: String, statementTimeoutMilliseconds: Int = 30_000, connectTimeoutSeconds: Int = 5) throws {
        _ = try Self.parse(conninfo)
        self.conninfo = conninfo
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
    }

    /// Longest a single round trip may take: the statement timeout plus room for the network.
    var operationTimeout: Duration {
        statementTimeoutMilliseconds == 0 ? .seconds(24 * 3600) : .milliseconds(statementTimeoutMilliseconds) + .seconds(5)
    }

    /// Keyword/value pairs for `PQconnectdbParams` with `expand_dbname`: our defaults come first,
    /// so anything the operator's conninfo says overrides them.
    var libpqParameters: [(key: String, value: String)] {
        [
            ("application_name", applicationName),
            ("connect_timeout", String(connectTimeoutSeconds)),
            // Find a dead peer in ~25 s even when no query is running.
            ("keepalives", "1"),
            ("keepalives_idle", "10"),
            ("keepalives_interval", "5"),
            ("keepalives_count", "3"),
            ("dbname", conninfo),
        ]
    }

    /// The conninfo with any password replaced, for logs and `--check-config`.
    var redacted: String {
        guard let options = try? Self.parse(conninfo) else { return "(invalid)" }
        let shown = options.map { key, value in
            key == "password" ? "\(key)=(redacted)" : "\(key)=\(value)"
        }
        return shown.isEmpty ? "(from PG* environment and defaults)" : shown.joined(separator: " ")
    }

    /// Parses with libpq itself, so what passes here is what libpq will accept.
    static func parse(_ conninfo: String) throws -> [(key: String, value: String)] {
        if conninfo.isEmpty { return [] }
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &errorMessage) else {
            defer { if let errorMessage { PQfreemem(errorMessage) } }
            let reason = errorMessage.map { String(cString: $0) } ?? "out of memory"
            throw ConnectionSettingsError(reason: reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defer { PQconninfoFree(options) }
        var pairs: [(key: String, value: String)] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val {
                pairs.append((String(cString: keyword), String(cString: value)))
            }
            option += 1
        }
        return pairs
    }
}

struct ConnectionSettingsError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
