import Foundation
import Testing

/// Runs the built `odysseyctl` the way an operator would, and captures what it says.
///
/// ```swift
/// let result = try OdysseyctlBinary.run(["status", "--socket", "/nonexistent"])
/// #expect(result.exitCode == 69)
/// ```
enum OdysseyctlBinary {
    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    /// `swift test` puts the products next to the test bundle; `ODYSSEYCTL_BINARY` overrides.
    static func url() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["ODYSSEYCTL_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].compactMap { $0?.appendingPathComponent("odysseyctl") }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
            return found
        }
        throw BinaryNotFound(searched: candidates.map(\.path))
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "no odysseyctl binary next to the tests (looked at \(searched.joined(separator: ", "))); "
                + "build it with `swift build --product odysseyctl` or set ODYSSEYCTL_BINARY"
        }
    }

    /// Runs with a clean `ODYSSEY_CONTROL_SOCKET` unless `environment` sets one; `launcher`
    /// (e.g. `["/usr/sbin/runuser", "-u", "nobody", "--"]`) runs it through another program.
    static func run(
        _ arguments: [String], environment overrides: [String: String] = [:], launcher: [String] = []
    ) throws -> Result {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [try url().path] + arguments
        } else {
            process.executableURL = try url()
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["ODYSSEY_CONTROL_SOCKET"] = nil
        environment.merge(overrides) { _, new in new }
        process.environment = environment

        // Files, not pipes: a pipe can fill up and stall the child while we wait for it.
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let stdoutURL = scratch.url.appendingPathComponent("stdout")
        let stderrURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice

        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Result(
            exitCode: process.terminationStatus,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8)
        )
    }
}
