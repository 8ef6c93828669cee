import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Logging
@testable import odysseyd

/// PostgreSQL for tests: the server named by `ODYSSEY_TEST_DATABASE_URL`, or else a throwaway
/// cluster this test process starts once (and stops at exit) with `scripts/local-postgres`.
actor TestPostgres {
    static let shared = TestPostgres()

    /// Started once; callers that arrive while it starts wait for the same start (the actor is
    /// reentrant across the `await`, so a plain cached value would start a cluster per caller).
    private var adminConninfo: Task<String, any Error>?

    /// A conninfo for a database where tests may `CREATE DATABASE`.
    func admin() async throws -> String {
        if let adminConninfo { return try await adminConninfo.value }
        let start = Task<String, any Error> {
            if let url = ProcessInfo.processInfo.environment["ODYSSEY_TEST_DATABASE_URL"], !url.isEmpty {
                return url
            }
            return try await PrivateCluster.start().conninfo
        }
        adminConninfo = start
        return try await start.value
    }
}

/// A cluster of its own in a temporary directory, which a test may stop and start again.
struct PrivateCluster: Sendable {
    let directory: String
    let conninfo: String

    nonisolated(unsafe) private static var started: [String] = []
    private static let lock = NSLock()

    static func start() async throws -> PrivateCluster {
        let directory = "/tmp/odyssey-pg-\(getpid())-\(UUID().uuidString.prefix(8))"
        let conninfo = try await Shell.run(TestPaths.script("local-postgres"), ["start", directory], environment: ["ODYSSEY_PG_FAST": "1"])
        lock.withLock {
            // Every cluster, whichever test started it, is stopped and removed at exit.
            if started.isEmpty { atexit { PrivateCluster.stopAllAtExit() } }
            started.append(directory)
        }
        return PrivateCluster(directory: directory, conninfo: conninfo.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func stop() async throws {
        _ = try await Shell.run(TestPaths.script("local-postgres"), ["stop", directory])
    }

    /// For `defer`, which cannot wait: stops the cluster on a thread of its own. The exit handler
    /// stops whatever is still running.
    func stopLater() {
        let directory = self.directory
        Thread.detachNewThread { _ = try? Shell.runOnThisThread(TestPaths.script("local-postgres"), ["stop", directory], environment: [:]) }
    }

    func restart() async throws {
        _ = try await Shell.run(TestPaths.script("local-postgres"), ["start", directory], environment: ["ODYSSEY_PG_FAST": "1"])
    }

    /// Foundation's `Process` cannot wait for a child while the process exits, so this spawns
    /// and reaps with libc directly.
    static func stopAllAtExit() {
        let script = TestPaths.script("local-postgres")
        for directory in lock.withLock({ started }) {
            let words: [String] = [script, "stop", directory]
            let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
            defer { arguments.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, script, nil, nil, arguments, environ) == 0 else { continue }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}

/// A fresh, empty database for one test, dropped afterwards.
struct TestDatabase: Sendable {
    let name: String
    let settings: ConnectionSettings

    /// Runs `body` with a new database and a pool on it.
    static func with<Value: Sendable>(
        poolSize: Int = 4, statementTimeoutMilliseconds: Int = 30_000,
        _ body: (TestDatabase, PostgresPool) async throws -> Value
    ) async throws -> Value {
        let admin = try ConnectionSettings(conninfo: try await TestPostgres.shared.admin())
        let name = "odyssey_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        let adminPool = PostgresPool(settings: admin, size: 1, logger: .test)
        _ = try await adminPool.query("CREATE DATABASE \(name)")
        let database = TestDatabase(
            name: name,
            settings: try ConnectionSettings(
                conninfo: try admin.replacingDatabase(with: name),
                statementTimeoutMilliseconds: statementTimeoutMilliseconds
            )
        )
        let pool = PostgresPool(settings: database.settings, size: poolSize, logger: .test)
        let outcome: Result<Value, any Error>
        do {
            outcome = .success(try await body(database, pool))
        } catch {
            outcome = .failure(error)
        }
        await pool.close()
        _ = try? await adminPool.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        await adminPool.close()
        return try outcome.get()
    }
}

enum TestPaths {
    /// The package's root, found from this file's place in it.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func script(_ name: String) -> String { packageRoot + "/scripts/" + name }

    static var migrations: String { packageRoot + "/migrations" }

    /// `swift test` builds the executables into the directory that holds the test binary.
    static func executable(_ name: String) -> String {
        let directory = Bundle.main.executableURL?.deletingLastPathComponent() ?? Bundle.main.bundleURL
        return directory.appendingPathComponent(name).path
    }
}

extension Logger {
    static let test: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = ProcessInfo.processInfo.environment["ODYSSEY_TEST_LOG"] == nil ? .critical : .debug
        return logger
    }()
}

struct ShellError: Error, CustomStringConvertible {
    let description: String
}

/// Runs a program to completion and returns its standard output; throws on a non-zero exit.
///
/// The wait happens on a thread of its own: tests run on Swift's cooperative pool, which has one
/// thread per core, and a blocked one would stall every other test's timers and I/O.
enum Shell {
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], as user: String? = nil) async throws -> String {
        let result = try await runCapturing(executable, arguments, environment: environment)
        guard result.status == 0 else {
            throw ShellError(description: "\(executable) \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// Output goes to temporary files, not pipes: a server the child starts in the background
    /// may inherit a pipe and hold it open long after the child itself has exited.
    static func runCapturing(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runOnThisThread(executable, arguments, environment: environment) })
            }
        }
    }

    static func runOnThisThread(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("odyssey-shell-\(UUID().uuidString)")
        let outputURL = base.appendingPathExtension("out")
        let errorURL = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = (try? Data(contentsOf: outputURL)) ?? Data()
        let errors = (try? Data(contentsOf: errorURL)) ?? Data()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}

extension PostgresQuerying {
    /// The first column of the first row, for short assertions.
    func firstValue<Value: PostgresDecodable>(_ type: Value.Type, _ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> Value? {
        let result = try await query(sql, parameters)
        return try result.first?.decode(type, at: 0)
    }
}

extension ConnectionSettings {
    /// The same server and credentials, another database: a conninfo with `dbname` replaced.
    func replacingDatabase(with name: String) throws -> String {
        let options = try Self.parse(conninfo).filter { $0.key != "dbname" } + [("dbname", name)]
        return options.map { "\($0.key)='\($0.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'"))'" }
            .joined(separator: " ")
    }
}
