import Shared

/// The daemon was reached but the exchange went wrong: a timeout, a dropped connection,
/// a reply this version cannot read.
///
/// ```swift
/// throw ControlRequestFailed("odysseyd closed the connection without answering /v1/seed")
/// ```
struct ControlRequestFailed: CommandFailure, Equatable {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    var exitCode: OdysseyExitCode { .failed }
}
