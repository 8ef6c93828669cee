import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program (`pg_dump`, `pg_restore`) to completion without holding a thread of Swift's
/// cooperative pool: `posix_spawn` plus `waitpid` on a thread of its own.
///
/// Foundation's `Process` is avoided because it waits for pipes a grandchild may inherit; here
/// standard output goes to /dev/null and standard error to a temporary file, read afterwards.
///
/// ```swift
/// let result = try await ChildProcess.run("/usr/bin/pg_dump", ["--version"], environment: ["PGAPPNAME": "odysseyd"])
/// if result.status != 0 { print(result.standardError) }
/// ```
enum ChildProcess {
    struct Result: Sendable {
        var status: Int32
        var standardError: String
    }

    /// `environment` is added to (and overrides) the daemon's own environment.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Swift.Result { try runOnThisThread(executable, arguments, environment: environment) })
            }
        }
    }

    private static func runOnThisThread(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("odysseyd-child-\(UUID().uuidString).err").path
        defer { unlink(errorPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The daemon's sockets (control, HTTP, database) are no business of pg_dump's, and a
        // child holding the control socket's listener would outlive a crashed daemon's socket.
        _ = spawnActionsCloseFrom(&actions, 3)

        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BackupError.toolFailed("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw BackupError.toolFailed("cannot wait for \(executable): \(String(cString: strerror(errno)))") }
        }
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return Result(status: exitStatus, standardError: errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// glibc 2.34+ (Debian 12 has 2.36) declares it only under _GNU_SOURCE, which Swift's Glibc
/// module does not set.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnActionsCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32
