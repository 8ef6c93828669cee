import ArgumentParser
import Foundation
import Shared

/// Which sandbox an `odysseyctl sandbox` command talks to. `--json` comes from ``GlobalOptions``,
/// as for every other command.
///
/// ```swift
/// @OptionGroup var global: GlobalOptions
/// @OptionGroup var target: SandboxOptions
/// let report = try await target.request(output: global.output) { try await $0.world() }
/// ```
struct SandboxOptions: ParsableArguments {
    // No static default, so help and man pages do not depend on the environment they were made in.
    @Option(
        name: .customLong("sandbox"),
        help: ArgumentHelp(
            "The sandbox's base URL.",
            discussion: "Defaults to $\(SandboxDefaults.urlEnvironmentVariable) when set, else \(SandboxDefaults.url).",
            valueName: "url"
        )
    )
    var sandbox: String?

    var baseURL: String {
        Self.baseURL(option: sandbox, environment: ProcessInfo.processInfo.environment)
    }

    static func baseURL(option: String?, environment: [String: String]) -> String {
        let chosen = option ?? environment[SandboxDefaults.urlEnvironmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? SandboxDefaults.url
        return chosen.hasSuffix("/") ? String(chosen.dropLast()) : chosen
    }

    func validate() throws {
        guard let url = URL(string: baseURL), url.scheme == "http" || url.scheme == "https", url.host != nil else {
            throw ValidationError("The sandbox URL \"\(baseURL)\" is not an http:// URL, e.g. \(SandboxDefaults.url).")
        }
    }

    /// Runs one sandbox request; a failure is reported in the chosen format and ends the command
    /// with its exit code.
    func request<Response: Sendable>(output: CommandOutput, _ body: (SandboxClient) async throws -> Response) async throws -> Response {
        do {
            return try await body(SandboxClient(baseURL: baseURL))
        } catch let failure as any CommandFailure {
            output.report(failure)
            throw ExitCode(failure.exitCode)
        }
    }
}
