import Foundation
import Shared
import Testing
@testable import odysseyctl

/// The binary end to end when nothing answers: exit 69 and a message that helps.
@Suite("Unreachable daemon")
struct UnreachableDaemonTests {
    @Test func missingSocketExits69AndSaysWhereAndWhatToCheck() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let socket = directory.path("control.sock")

        let result = try OdysseyctlBinary.run(["status", "--socket", socket])

        #expect(result.exitCode == OdysseyExitCode.unavailable.rawValue)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            odysseyctl: cannot reach odysseyd at \(socket) (No such file or directory). \
            Is the daemon running? Check: systemctl status odysseyd

            """)
    }

    @Test func socketWithNothingListeningExits69() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("control.sock")
        // Bound but never listening: the file exists and connect() is refused, as after a crash.
        _ = try UnixSocket.bind(to: path)
        #expect(FileManager.default.fileExists(atPath: path))

        let result = try OdysseyctlBinary.run(["migrate", "--status", "--socket", path])

        #expect(result.exitCode == 69)
        #expect(result.stderr.contains("cannot reach odysseyd at \(path) (Connection refused)"))
        #expect(result.stderr.contains("systemctl status odysseyd"))
    }

    /// Root may connect to any socket, so as root the binary runs as `nobody` to meet EACCES.
    static let unprivileged: [String]? = {
        guard getuid() == 0 else { return [] }
        let runuser = "/usr/sbin/runuser"
        return FileManager.default.isExecutableFile(atPath: runuser) ? [runuser, "-u", "nobody", "--"] : nil
    }()

    @Test(.enabled(if: UnreachableDaemonTests.unprivileged != nil, "running as root without runuser to drop privileges"))
    func socketWithoutPermissionExits69AndNamesTheGroup() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("control.sock")
        let socket = try UnixSocket.bind(to: path)
        try socket.listen()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)

        let result = try OdysseyctlBinary.run(["seed", "--socket", path], launcher: Self.unprivileged ?? [])

        #expect(result.exitCode == 69)
        #expect(result.stderr == """
            odysseyctl: cannot reach odysseyd at \(path) (Permission denied). \
            Run odysseyctl as root or as a user in the odyssey group. Check: systemctl status odysseyd

            """)
        socket.shutdown()  // keeps the listener alive until here
    }

    @Test func permissionDeniedAdviceNamesRootAndTheOdysseyGroup() {
        let failure = DaemonUnreachable(socketPath: "/run/odysseyd/control.sock", errno: EACCES)
        #expect(failure.reason == .permissionDenied)
        #expect(failure.exitCode == .unavailable)
        #expect(failure.description == """
            cannot reach odysseyd at /run/odysseyd/control.sock (Permission denied). \
            Run odysseyctl as root or as a user in the odyssey group. \
            Check: systemctl status odysseyd
            """)
    }

    @Test(arguments: [
        (ENOENT, DaemonUnreachable.Reason.socketMissing),
        (ENOTDIR, .socketMissing),
        (ECONNREFUSED, .connectionRefused),
        (EACCES, .permissionDenied),
        (EPERM, .permissionDenied),
        (ECONNRESET, .other),
    ])
    func errnoIsSortedIntoAReason(code: Int32, reason: DaemonUnreachable.Reason) {
        #expect(DaemonUnreachable(socketPath: "/s", errno: code).reason == reason)
    }

    @Test func jsonFailureIsAnErrorDocumentOnStdout() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let socket = directory.path("control.sock")

        let result = try OdysseyctlBinary.run(["seed", "--json", "--socket", socket])

        #expect(result.exitCode == 69)
        #expect(result.stderr.isEmpty)
        let body = try ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(result.stdout.utf8))
        #expect(body.error.message.contains(socket))
        #expect(body.error.message.contains("systemctl status odysseyd"))
    }

    @Test func environmentChoosesTheSocketWhenTheFlagDoesNot() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fromEnvironment = directory.path("env.sock")
        let fromFlag = directory.path("flag.sock")

        let viaEnvironment = try OdysseyctlBinary.run(
            ["status"], environment: ["ODYSSEY_CONTROL_SOCKET": fromEnvironment])
        let viaFlag = try OdysseyctlBinary.run(
            ["status", "--socket", fromFlag], environment: ["ODYSSEY_CONTROL_SOCKET": fromEnvironment])

        #expect(viaEnvironment.exitCode == 69)
        #expect(viaEnvironment.stderr.contains("at \(fromEnvironment) "))
        #expect(viaFlag.stderr.contains("at \(fromFlag) "))
    }

    @Test func globalOptionsWorkBeforeTheCommandToo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let socket = directory.path("control.sock")

        let result = try OdysseyctlBinary.run(["--json", "--socket", socket, "status"])

        #expect(result.exitCode == 69)
        let body = try ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(result.stdout.utf8))
        #expect(body.error.message.contains("at \(socket) "))
    }

    @Test func socketPathFallsBackToThePackagedDefault() {
        let variable = ControlDefaults.socketEnvironmentVariable
        #expect(GlobalOptions.socketPath(option: nil, environment: [:]) == ControlDefaults.socketPath)
        #expect(GlobalOptions.socketPath(option: nil, environment: [variable: ""]) == ControlDefaults.socketPath)
        #expect(GlobalOptions.socketPath(option: nil, environment: [variable: "/e"]) == "/e")
        #expect(GlobalOptions.socketPath(option: "/f", environment: [variable: "/e"]) == "/f")
    }

    @Test func versionStillSucceedsWithoutADaemon() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let socket = directory.path("control.sock")

        let text = try OdysseyctlBinary.run(["version", "--socket", socket])
        let json = try OdysseyctlBinary.run(["version", "--json", "--socket", socket])

        #expect(text.exitCode == 0)
        #expect(text.stdout.hasPrefix("odysseyctl  \(OdysseyVersion.current)\nodysseyd    unknown: cannot reach"))
        #expect(json.exitCode == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(decoded?["client"] as? String == OdysseyVersion.current)
        #expect(decoded?["daemon"] is NSNull)
    }
}
