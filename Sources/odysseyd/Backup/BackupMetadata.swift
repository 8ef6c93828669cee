import Foundation

/// The JSON sidecar beside each dump (`NAME.json`): what the dump holds and how to check it.
///
/// `dataWatermark` is the latest `created_at`/`updated_at`-style timestamp in the dumped data,
/// read in the very snapshot `pg_dump` used; restore compares it with the live database's.
///
/// ```swift
/// let metadata = try BackupMetadata.decode(from: Data(contentsOf: sidecarURL))
/// print(metadata.lastMigration ?? 0, metadata.sizeBytes)
/// ```
struct BackupMetadata: Codable, Sendable, Equatable {
    var createdAt: Date
    var database: String
    /// The highest applied migration version, nil for a database never migrated.
    var lastMigration: Int?
    var lastMigrationName: String?
    /// PostgreSQL's text of a timestamptz; nil when the dumped tables had no rows with one.
    var dataWatermark: String?
    var sizeBytes: Int64
    var sha256: String
    var serverVersion: String

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Milliseconds, as in the file name; plain .iso8601 would drop them.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(timestampFormatter().string(from: date))
        }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return encoder
    }()

    static func decode(from data: Data) throws -> BackupMetadata {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = timestampFormatter().date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 time: \(text)"))
            }
            return date
        }
        return try decoder.decode(BackupMetadata.self, from: data)
    }

    /// A new one per use: ISO8601DateFormatter is not Sendable.
    private static func timestampFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
