import Foundation

/// One migration file as the database and the disk see it.
public struct MigrationEntry: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        case applied
        case pending
        /// Applied, but the file on disk no longer has the checksum recorded then.
        case changed
        /// Recorded as applied, but no file on disk has its version (a newer daemon ran here).
        case missing
    }

    public var version: Int
    public var name: String
    public var state: State
    /// SHA-256 of the file, hex; for `missing` the recorded one.
    public var checksum: String
    public var appliedAt: Date?
    /// How long applying took, for migrations applied in this call or recorded earlier.
    public var durationMilliseconds: Int?

    public init(
        version: Int, name: String, state: State, checksum: String,
        appliedAt: Date? = nil, durationMilliseconds: Int? = nil
    ) {
        self.version = version
        self.name = name
        self.state = state
        self.checksum = checksum
        self.appliedAt = appliedAt
        self.durationMilliseconds = durationMilliseconds
    }

    /// `0001_foundation.sql`
    public var fileName: String {
        String(format: "%04d_%@.sql", version, name)
    }
}

/// `GET /v1/migrations` and the result of `POST /v1/migrations/apply`.
public struct MigrationReport: Codable, Sendable, Equatable {
    /// Every migration known to the disk or the database, by version.
    public var migrations: [MigrationEntry]
    /// Versions applied by this call (empty for a status request or when already current).
    public var appliedNow: [Int]

    public init(migrations: [MigrationEntry], appliedNow: [Int] = []) {
        self.migrations = migrations
        self.appliedNow = appliedNow
    }

    public var pending: [MigrationEntry] { migrations.filter { $0.state == .pending } }

    /// Changed or missing files: the schema can't be trusted to match the code.
    public var problems: [MigrationEntry] {
        migrations.filter { $0.state == .changed || $0.state == .missing }
    }
}
