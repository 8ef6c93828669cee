import ArgumentParser
import Shared

/// An error a command reports to the operator itself, ending with a specific exit code.
///
/// ```swift
/// struct DaemonError: CommandFailure {
///     var message: String
///     var exitCode: OdysseyExitCode { .failed }
///     var description: String { message }
/// }
/// ```
protocol CommandFailure: Error, CustomStringConvertible {
    var exitCode: OdysseyExitCode { get }
}

extension ExitCode {
    /// `throw ExitCode(.problemsFound)` ends the command with `OdysseyExitCode`'s value.
    init(_ code: OdysseyExitCode) {
        self.init(code.rawValue)
    }
}
