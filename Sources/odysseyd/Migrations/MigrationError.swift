/// Why migrating stopped, worded for the operator who reads it in `odysseyctl migrate`.
struct MigrationError: Error, CustomStringConvertible {
    private enum Code {
        case directoryUnreadable
        case invalidFile
        case drift
        case failed
    }

    private let code: Code
    let description: String

    static func directoryUnreadable(_ path: String, reason: String) -> Self {
        Self(code: .directoryUnreadable, description: "cannot read migrations at \(path): \(reason) (set ODYSSEY_MIGRATIONS_DIR)")
    }

    static func invalidFile(_ name: String, reason: String) -> Self {
        Self(code: .invalidFile, description: "migration \(name): \(reason)")
    }

    /// Applied files that changed or vanished: the database no longer matches what this code ships.
    static func drift(_ lines: [String]) -> Self {
        Self(code: .drift, description: "refusing to migrate: " + lines.joined(separator: "; "))
    }

    static func failed(_ fileName: String, error: any Error) -> Self {
        Self(code: .failed, description: "migration \(fileName) failed and was rolled back: \(error)")
    }
}
