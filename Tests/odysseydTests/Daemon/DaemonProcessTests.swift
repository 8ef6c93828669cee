import AsyncHTTPClient
import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// The real binaries, end to end: odysseyd started as systemd would start it, driven by
/// odysseyctl over its control socket, stopped with SIGTERM.
@Suite("odysseyd and odysseyctl, end to end", .serialized)
struct DaemonProcessTests {
    struct RunningDaemon {
        let process: Process
        let socket: String
        let httpPort: Int
        let notify: NotifySocket
        let directory: String

        func ctl(_ arguments: String...) async throws -> (status: Int32, stdout: String, stderr: String) {
            try await Shell.runCapturing(TestPaths.executable("odysseyctl"), arguments + ["--socket", socket])
        }

        func healthz() async throws -> (status: UInt, body: String) {
            let response = try await HTTPClient.shared.get(url: "http://127.0.0.1:\(httpPort)/healthz").get()
            return (response.status.code, response.body.map { String(buffer: $0) } ?? "")
        }
    }

    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length); return getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func start(
        database: TestDatabase, extraEnvironment: [String: String] = [:], envFile: String = "/dev/null", stderr: String = "/dev/null"
    ) async throws -> RunningDaemon {
        let directory = "/tmp/odyssey-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let notify = try NotifySocket(path: directory + "/notify.sock")
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable("odysseyd"))
        process.arguments = ["--env-file", envFile]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "DATABASE_URL": database.settings.conninfo,
            "ODYSSEY_CONTROL_SOCKET": directory + "/control.sock",
            "ODYSSEY_HTTP_ADDRESS": "127.0.0.1:\(port)",
            "ODYSSEY_MIGRATIONS_DIR": TestPaths.migrations,
            "ODYSSEY_LOG_FORMAT": "json",
            "ODYSSEY_SHUTDOWN_TIMEOUT": "10s",
            "NOTIFY_SOCKET": notify.path,
        ].merging(extraEnvironment) { _, new in new }) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        if stderr != "/dev/null" { _ = FileManager.default.createFile(atPath: stderr, contents: nil) }
        process.standardError = FileHandle(forWritingAtPath: stderr)
        try process.run()
        let ready = await notify.receive(containing: "READY=1", timeout: 60)
        #expect(ready != nil, "odysseyd sent READY=1")
        return RunningDaemon(process: process, socket: directory + "/control.sock", httpPort: port, notify: notify, directory: directory)
    }

    static func waitForExit(_ process: Process) async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
    }

    @Test func maintenanceMigrateSeedRunAndGracefulStop() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await Self.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }

            // Maintenance: the control API and /healthz answer, the schema is behind.
            var status = try await daemon.ctl("status", "--json")
            #expect(status.status == OdysseyExitCode.problemsFound.rawValue)
            let maintenance = try ControlJSON.decoder.decode(StatusResponse.self, from: Data(status.stdout.utf8))
            #expect(maintenance.state == .maintenance)
            #expect(maintenance.pendingMigrations >= 1)
            #expect(try await daemon.healthz().status == 503)
            #expect(try await daemon.ctl("migrate", "--status").status == OdysseyExitCode.problemsFound.rawValue)
            #expect(try await daemon.ctl("seed").status == OdysseyExitCode.failed.rawValue, "seed refuses a schema that is behind")

            // Migrate and seed through the daemon.
            let migrate = try await daemon.ctl("migrate", "--json")
            #expect(migrate.status == 0)
            let report = try ControlJSON.decoder.decode(MigrationReport.self, from: Data(migrate.stdout.utf8))
            #expect(!report.appliedNow.isEmpty && report.pending.isEmpty)
            #expect(try await daemon.ctl("migrate", "--status").status == 0)

            let firstSeed = try await daemon.ctl("seed", "--json")
            #expect(firstSeed.status == 0)
            #expect(try ControlJSON.decoder.decode(SeedReport.self, from: Data(firstSeed.stdout.utf8)).changedAnything)
            let secondSeed = try await daemon.ctl("seed", "--json")
            #expect(try ControlJSON.decoder.decode(SeedReport.self, from: Data(secondSeed.stdout.utf8)).changedAnything == false)
            #expect(try await daemon.ctl("seed").stdout.contains("Nothing to do"))

            status = try await daemon.ctl("status")
            #expect(status.status == 0, "healthy after migrate and seed: \(status.stdout)")
            let health = try await daemon.healthz()
            #expect(health.status == 200)
            #expect(health.body.contains("\"db\":\"ok\""))

            // SIGTERM: STOPPING=1, exit 0, socket removed; odysseyctl then says unreachable.
            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await daemon.notify.receive(containing: "STOPPING=1", timeout: 30) != nil)
            #expect(await Self.waitForExit(daemon.process) == 0)
            #expect(!FileManager.default.fileExists(atPath: daemon.socket))
            let unreachable = try await daemon.ctl("status")
            #expect(unreachable.status == OdysseyExitCode.unavailable.rawValue)
            #expect(unreachable.stderr.contains(daemon.socket))
            #expect(unreachable.stderr.contains("systemctl status odysseyd"))
        }
    }

    @Test func autoMigrateRunsAtStartAndSecondDaemonKeepsItsHandsOff() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await Self.start(database: database, extraEnvironment: ["ODYSSEY_AUTO_MIGRATE": "true"])
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            let status = try ControlJSON.decoder.decode(StatusResponse.self, from: Data(try await daemon.ctl("status", "--json").stdout.utf8))
            #expect(status.state == .running)
            #expect(status.pendingMigrations == 0)

            // A second daemon on the same socket refuses to start and leaves the first alone.
            let second = try await Shell.runCapturing(TestPaths.executable("odysseyd"), ["--env-file", "/dev/null"], environment: [
                "DATABASE_URL": database.settings.conninfo,
                "ODYSSEY_CONTROL_SOCKET": daemon.socket,
                "ODYSSEY_HTTP_ADDRESS": "127.0.0.1:\(try Self.freePort())",
                "ODYSSEY_MIGRATIONS_DIR": TestPaths.migrations,
                "NOTIFY_SOCKET": "",
            ])
            #expect(second.status != 0)
            #expect(second.stderr.contains("already listening"))
            #expect(try await daemon.ctl("status").status == 0, "the first daemon still answers")

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await Self.waitForExit(daemon.process) == 0)
        }
    }

    @Test(.enabled(if: getuid() == 0, "needs root to act as another user"))
    func otherUsersMayReadButNotWrite() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await Self.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            // Open the socket and its directory to everyone, so only the peer check stands in the way.
            chmod(daemon.directory, 0o755)
            chmod(daemon.socket, 0o666)
            func curl(_ arguments: String...) async throws -> String {
                try await Shell.run("/usr/sbin/runuser", ["-u", "nobody", "--", "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--unix-socket", daemon.socket] + arguments)
            }
            #expect(try await curl("http://localhost/v1/status") == "200")
            #expect(try await curl("-X", "POST", "http://localhost/v1/migrations/apply") == "403")
            #expect(try await curl("-X", "POST", "http://localhost/v1/seed") == "403")
            // odysseyctl passes the daemon's refusal on and exits 1, in text and in JSON.
            let asNobody = ["-u", "nobody", "--", TestPaths.executable("odysseyctl"), "--socket", daemon.socket, "seed"]
            let refused = try await Shell.runCapturing("/usr/sbin/runuser", asNobody)
            #expect(refused.status == OdysseyExitCode.failed.rawValue)
            #expect(refused.stderr.contains("may not change the daemon"))
            let refusedJSON = try await Shell.runCapturing("/usr/sbin/runuser", asNobody + ["--json"])
            #expect(refusedJSON.status == OdysseyExitCode.failed.rawValue)
            #expect(try ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(refusedJSON.stdout.utf8)).error.message.contains("may not change"))
            let status = try ControlJSON.decoder.decode(StatusResponse.self, from: Data(try await daemon.ctl("status", "--json").stdout.utf8))
            #expect(status.state == .maintenance, "the refused migrate did nothing")
            // Browsers are refused whoever they are.
            #expect(try await Shell.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Origin: http://evil.example", "--unix-socket", daemon.socket, "http://localhost/v1/status"]) == "403")

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await Self.waitForExit(daemon.process) == 0)
        }
    }

    @Test func failedMigrationExits1WithTheDaemonsMessageAndStaysInMaintenance() async throws {
        try await TestDatabase.with { database, _ in
            let migrations = "/tmp/odyssey-migrations-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: migrations, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: migrations) }
            try "CREATE TABLE half (id int); SELEKT broken;".write(toFile: migrations + "/0001_broken.sql", atomically: true, encoding: .utf8)
            let daemon = try await Self.start(database: database, extraEnvironment: ["ODYSSEY_MIGRATIONS_DIR": migrations])
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }

            let migrate = try await daemon.ctl("migrate")
            #expect(migrate.status == OdysseyExitCode.failed.rawValue)
            #expect(migrate.stderr.contains("0001_broken.sql failed and was rolled back"))
            let status = try ControlJSON.decoder.decode(StatusResponse.self, from: Data(try await daemon.ctl("status", "--json").stdout.utf8))
            #expect(status.state == .maintenance && status.pendingMigrations == 1)

            let version = try await daemon.ctl("version", "--json")
            #expect(version.status == 0)
            #expect(version.stdout.contains("\"daemon\" : \"\(OdysseyVersion.current)\""))

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await Self.waitForExit(daemon.process) == 0)
        }
    }

    @Test func sighupReloadsTheLogLevelAndTheWatchdogIsPetted() async throws {
        try await TestDatabase.with { database, _ in
            let scratch = "/tmp/odyssey-reload-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let envFile = scratch + "/odysseyd.env"
            let log = scratch + "/stderr.log"
            try "ODYSSEY_LOG_LEVEL=info\n".write(toFile: envFile, atomically: true, encoding: .utf8)
            let daemon = try await Self.start(
                database: database, extraEnvironment: ["WATCHDOG_USEC": "200000", "ODYSSEY_AUTO_MIGRATE": "true"], envFile: envFile, stderr: log
            )
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            #expect(await daemon.notify.receive(containing: "WATCHDOG=1", timeout: 10) != nil)

            try "ODYSSEY_LOG_LEVEL=debug\n".write(toFile: envFile, atomically: true, encoding: .utf8)
            kill(daemon.process.processIdentifier, SIGHUP)
            #expect(await daemon.notify.receive(containing: "RELOADING=1", timeout: 10) != nil)
            #expect(await daemon.notify.receive(containing: "READY=1", timeout: 10) != nil)
            let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            #expect(lines.contains { $0.contains("\"msg\":\"configuration reloaded\"") && $0.contains("\"log_level\":\"debug\"") })

            // A reload that no longer validates keeps the running configuration.
            try "ODYSSEY_LOG_LEVEL=loud\n".write(toFile: envFile, atomically: true, encoding: .utf8)
            kill(daemon.process.processIdentifier, SIGHUP)
            #expect(await daemon.notify.receive(containing: "READY=1", timeout: 10) != nil)
            #expect(try await daemon.ctl("status").status == 0)
            let after = try String(contentsOfFile: log, encoding: .utf8)
            #expect(after.contains("reload refused") && after.contains("ODYSSEY_LOG_LEVEL"))

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await Self.waitForExit(daemon.process) == 0)
        }
    }

    @Test func invalidConfigurationExits78NamingTheSetting() async throws {
        let result = try await Shell.runCapturing(TestPaths.executable("odysseyd"), ["--env-file", "/dev/null", "--check-config"], environment: ["ODYSSEY_LOG_LEVEL": "loud"])
        #expect(result.status == 78)
        #expect(result.stderr.contains("ODYSSEY_LOG_LEVEL"))
    }

    @Test func offlineMigrateAppliesAndReportsStatus() async throws {
        try await TestDatabase.with { database, _ in
            let environment = ["DATABASE_URL": database.settings.conninfo, "ODYSSEY_MIGRATIONS_DIR": TestPaths.migrations, "ODYSSEY_LOG_LEVEL": "error"]
            let odysseyd = TestPaths.executable("odysseyd")
            #expect(try await Shell.runCapturing(odysseyd, ["migrate", "--status", "--env-file", "/dev/null"], environment: environment).status == 2)
            #expect(try await Shell.runCapturing(odysseyd, ["migrate", "--env-file", "/dev/null"], environment: environment).status == 0)
            let status = try await Shell.runCapturing(odysseyd, ["migrate", "--status", "--json", "--env-file", "/dev/null"], environment: environment)
            #expect(status.status == 0)
            #expect(try ControlJSON.decoder.decode(MigrationReport.self, from: Data(status.stdout.utf8)).pending.isEmpty)
        }
    }
}
