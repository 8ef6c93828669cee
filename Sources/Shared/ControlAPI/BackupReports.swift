import Foundation

/// One dump in the backup directory, as `GET /v1/backups` lists it. Fields other than `name`
/// are nil when the dump's sidecar is missing or unreadable (`complete` is then false).
///
/// ```swift
/// let list = try ControlJSON.decoder.decode(BackupListResponse.self, from: body)
/// let newest = list.backups.last?.name
/// ```
public struct BackupSummary: Codable, Sendable, Equatable {
    public var name: String
    public var complete: Bool
    public var createdAt: Date?
    public var database: String?
    public var lastMigration: Int?
    public var sizeBytes: Int64?
    public var sha256: String?
    /// The latest write timestamp in the dumped data (PostgreSQL's text), which restore compares.
    public var dataWatermark: String?

    public init(name: String, complete: Bool, createdAt: Date? = nil, database: String? = nil, lastMigration: Int? = nil,
                sizeBytes: Int64? = nil, sha256: String? = nil, dataWatermark: String? = nil) {
        self.name = name
        self.complete = complete
        self.createdAt = createdAt
        self.database = database
        self.lastMigration = lastMigration
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
        self.dataWatermark = dataWatermark
    }
}

/// `GET /v1/backups`: oldest first, with the directory and the retention count.
public struct BackupListResponse: Codable, Sendable, Equatable {
    public var directory: String
    public var keep: Int
    public var backups: [BackupSummary]

    public init(directory: String, keep: Int, backups: [BackupSummary]) {
        self.directory = directory
        self.keep = keep
        self.backups = backups
    }
}

/// `POST /v1/backups`: the new dump and the old ones retention deleted.
public struct BackupCreateResponse: Codable, Sendable, Equatable {
    public var backup: BackupSummary
    public var pruned: [String]

    public init(backup: BackupSummary, pruned: [String]) {
        self.backup = backup
        self.pruned = pruned
    }
}

/// `POST /v1/backups/restore`. Without `force`, a live database newer than the backup is a 409.
public struct BackupRestoreRequest: Codable, Sendable, Equatable {
    public var name: String
    public var force: Bool

    public init(name: String, force: Bool = false) {
        self.name = name
        self.force = force
    }
}

/// What a restore did; `overridden` lists why the live database counted as newer when `force`
/// overwrote it anyway.
public struct BackupRestoreResponse: Codable, Sendable, Equatable {
    public var backup: BackupSummary
    public var overridden: [String]

    public init(backup: BackupSummary, overridden: [String]) {
        self.backup = backup
        self.overridden = overridden
    }
}

/// `POST /v1/backups/schedule`: switch the hourly `backup.create` schedule on or off.
public struct BackupScheduleRequest: Codable, Sendable, Equatable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }
}
