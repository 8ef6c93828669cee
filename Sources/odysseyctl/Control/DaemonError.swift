import Foundation
import Shared

/// The daemon answered, with an error: a failed migration, a refused write (HTTP 403), ...
///
/// ```swift
/// DaemonError(status: 403, message: "writes need root or the odyssey-admin group").description
/// ```
struct DaemonError: CommandFailure, Equatable {
    var status: Int
    /// The daemon's own words, from its `{"error":{"message":...}}` body.
    var message: String

    init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    /// Reads the daemon's error body; anything else (a proxy, an older daemon) is quoted.
    init(status: Int, reason: String, body: Data) {
        if let decoded = try? ControlJSON.decoder.decode(ControlErrorBody.self, from: body) {
            self.init(status: status, message: decoded.error.message)
        } else {
            let excerpt = String(decoding: body.prefix(200), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let quoted = excerpt.isEmpty ? "" : ": \(excerpt)"
            self.init(status: status, message: "odysseyd answered HTTP \(status) \(reason)\(quoted)")
        }
    }

    var exitCode: OdysseyExitCode { .failed }

    var description: String { message }
}
