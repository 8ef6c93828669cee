/// One row `seed` wrote, or found already in place.
public struct SeedChange: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable {
        case inserted
        case unchanged
    }

    /// The table, e.g. `settings` or `feature_flags`.
    public var table: String
    /// The row's key within that table, e.g. `default_locale`.
    public var key: String
    public var action: Action

    public init(table: String, key: String, action: Action) {
        self.table = table
        self.key = key
        self.action = action
    }
}

/// The result of `POST /v1/seed`.
public struct SeedReport: Codable, Sendable, Equatable {
    public var rows: [SeedChange]

    public init(rows: [SeedChange]) {
        self.rows = rows
    }

    public var insertedCount: Int { rows.filter { $0.action == .inserted }.count }

    /// False on a second run: `seed` is idempotent and says so.
    public var changedAnything: Bool { insertedCount > 0 }
}
