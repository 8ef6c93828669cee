import Foundation

/// One `migrations/NNNN_name.sql` file, read and checksummed.
struct MigrationFile: Sendable, Equatable {
    let version: Int
    let name: String
    let sql: String
    /// SHA-256 of the file's bytes, hex.
    let checksum: String

    var fileName: String { String(format: "%04d_%@.sql", version, name) }
}

/// The migrations a daemon carries: every `NNNN_name.sql` in one directory, by version.
///
/// ```swift
/// let files = try MigrationDirectory.load(from: "/usr/share/odyssey/migrations")
/// ```
enum MigrationDirectory {
    static func load(from directory: String) throws -> [MigrationFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw MigrationError.directoryUnreadable(directory, reason: "\(error.localizedDescription)")
        }
        var files: [MigrationFile] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            let parsed = try parseFileName(name)
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MigrationError.directoryUnreadable(path, reason: "cannot read the file")
            }
            guard let sql = String(data: data, encoding: .utf8) else {
                throw MigrationError.invalidFile(name, reason: "not UTF-8")
            }
            if let clash = files.first(where: { $0.version == parsed.version }) {
                throw MigrationError.invalidFile(name, reason: "version \(parsed.version) is also used by \(clash.fileName)")
            }
            files.append(MigrationFile(version: parsed.version, name: parsed.name, sql: sql, checksum: SHA256Digest.hex(of: data)))
        }
        return files.sorted { $0.version < $1.version }
    }

    static func parseFileName(_ fileName: String) throws -> (version: Int, name: String) {
        let stem = fileName.dropLast(".sql".count)
        let parts = stem.split(separator: "_", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, let version = Int(parts[0]), version > 0,
              !parts[1].isEmpty,
              parts[1].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        else {
            throw MigrationError.invalidFile(fileName, reason: "expected NNNN_name.sql (four digits from 0001, then lowercase letters, digits and underscores)")
        }
        return (version, String(parts[1]))
    }
}
