import Foundation

/// The shell's history file: one line per command, oldest first, kept to ``limit`` lines.
///
/// Plain text rather than libedit's own format (which encodes spaces and adds a header), so
/// `grep` and `tail` work on it; it is trimmed when loaded and appended to after every line,
/// so two shells at once both keep their lines.
///
/// ```swift
/// let history = ShellHistory(path: ShellHistory.defaultPath(environment: ProcessInfo.processInfo.environment))
/// let past = history.load()
/// history.append("queue ls")
/// ```
struct ShellHistory: Sendable {
    static let limit = 1000

    /// Nil when there is nowhere to keep history (no HOME): the shell then just forgets.
    var path: String?
    var limit: Int = Self.limit

    /// `$XDG_STATE_HOME/odysseyctl/history`, else `~/.local/state/odysseyctl/history`.
    static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/odysseyctl/history"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.local/state/odysseyctl/history"
        }
        return nil
    }

    /// The last ``limit`` lines; rewrites the file when it has grown past that.
    func load() -> [String] {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.count > limit else { return lines }
        let kept = Array(lines.suffix(limit))
        // Best effort: a history that cannot be trimmed is still a history.
        Self.replace(path, with: kept.joined(separator: "\n") + "\n")
        return kept
    }

    /// Writes a sibling file (0600 from the start: history can hold ids and payloads) and
    /// renames it over the original, so a crash never leaves half a history.
    private static func replace(_ path: String, with text: String) {
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        if written != bytes.count || rename(temporary, path) != 0 {
            unlink(temporary)
        }
    }

    /// Adds one line at the end, creating the file (0600, directory 0700) on first use.
    func append(_ line: String) {
        guard let path, !line.isEmpty, !line.contains("\n") else { return }
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
        )
        // O_APPEND makes each line one atomic write, even with another shell appending too.
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
