import ArgumentParser
import Foundation
import Shared

/// The options every subcommand takes, shared through `@OptionGroup`.
///
/// ```swift
/// struct Status: AsyncParsableCommand {
///     @OptionGroup var global: GlobalOptions
/// }
/// ```
struct GlobalOptions: ParsableArguments {
    // No static default: the help text, man page and completions must not depend on the
    // environment of whoever generated them, so the fallback chain lives in `socketPath`.
    @Option(
        name: .customLong("socket"),
        help: ArgumentHelp(
            "The daemon's control socket.",
            discussion: """
                Defaults to $\(ControlDefaults.socketEnvironmentVariable) when set, \
                else \(ControlDefaults.socketPath).
                """,
            valueName: "path"
        ),
        completion: .file()
    )
    var socket: String?

    @Flag(help: "Print JSON instead of text, errors included (on standard output).")
    var json = false

    /// The socket to dial: `--socket`, else the environment, else the packaged default.
    var socketPath: String {
        Self.socketPath(option: socket, environment: ProcessInfo.processInfo.environment)
    }

    static func socketPath(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let fromEnvironment = environment[ControlDefaults.socketEnvironmentVariable],
           !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return ControlDefaults.socketPath
    }

    /// Catches socket paths no connect() could use before they turn into transport errors.
    func validate() throws {
        let path = socketPath
        guard !path.isEmpty else {
            throw ValidationError("The socket path is empty.")
        }
        // sockaddr_un.sun_path holds 108 bytes, the terminating NUL included.
        guard path.utf8.count <= 107 else {
            throw ValidationError("The socket path is \(path.utf8.count) bytes long; Unix sockets allow 107: \(path)")
        }
    }

    var client: ControlClient { ControlClient(socketPath: socketPath) }

    var output: CommandOutput { CommandOutput(json: json) }

    /// Runs one control request; when it fails, reports why in the chosen format and exits
    /// with the failure's code, so commands only handle the happy path.
    func request<Response: Sendable>(
        _ body: (ControlClient) async throws -> Response
    ) async throws -> Response {
        do {
            return try await body(client)
        } catch let failure as any CommandFailure {
            output.report(failure)
            throw ExitCode(failure.exitCode)
        }
    }
}
