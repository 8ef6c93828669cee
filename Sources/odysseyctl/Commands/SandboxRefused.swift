import Foundation
import Shared

/// The sandbox answered with an error: an unknown command or guild, a malformed request.
struct SandboxRefused: CommandFailure, Equatable {
    var status: Int
    var message: String

    init(status: Int, body: Data) {
        self.status = status
        if let decoded = try? ControlJSON.decoder.decode(ControlErrorBody.self, from: body) {
            message = decoded.error.message
        } else {
            let excerpt = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            message = "the sandbox answered HTTP \(status)" + (excerpt.isEmpty ? "" : ": \(excerpt)")
        }
    }

    /// A request the sandbox could not make sense of is the command line's fault.
    var exitCode: OdysseyExitCode { (400..<500).contains(status) ? .usage : .failed }

    var description: String { message }
}
