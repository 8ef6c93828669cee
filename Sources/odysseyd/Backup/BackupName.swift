import Foundation

/// Dump file names: `odyssey-<UTC time>-<schema version>.dump`, e.g.
/// `odyssey-20261130T135012.345Z-0007.dump`. They sort by time, which retention relies on.
///
/// ```swift
/// let name = BackupName.make(at: Date(), schemaVersion: 7)
/// let checked = try BackupName.validated("odyssey-20261130T135012.345Z-0007")  // ".dump" optional
/// ```
enum BackupName {
    static let suffix = ".dump"
    static let sidecarSuffix = ".json"

    static func make(at date: Date, schemaVersion: Int?) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        return "odyssey-\(formatter.string(from: date))-\(String(format: "%04d", schemaVersion ?? 0))\(suffix)"
    }

    /// A name as an operator typed it, with or without `.dump`; never a path.
    static func validated(_ text: String) throws -> String {
        let name = text.hasSuffix(suffix) ? text : text + suffix
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        guard name.hasPrefix("odyssey-"), name.count <= 200, name.allSatisfy(allowed.contains), !name.contains("..") else {
            throw BackupError.invalidName(text)
        }
        return name
    }

    static func sidecar(of name: String) -> String {
        String(name.dropLast(suffix.count)) + sidecarSuffix
    }
}
