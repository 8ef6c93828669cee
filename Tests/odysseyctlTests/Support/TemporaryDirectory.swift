import Foundation

/// A fresh directory under /tmp, short enough for Unix socket paths (108 bytes at most).
///
/// ```swift
/// let directory = try TemporaryDirectory()
/// defer { directory.remove() }
/// let socket = directory.path("control.sock")
/// ```
struct TemporaryDirectory {
    let url: URL

    init() throws {
        // Not FileManager.temporaryDirectory: $TMPDIR can be long enough to break socket paths.
        url = URL(fileURLWithPath: "/tmp/odysseyctl-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
