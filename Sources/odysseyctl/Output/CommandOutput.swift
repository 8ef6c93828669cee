import Foundation
import Shared

/// Where a command's result goes: text for people, or JSON for scripts with `--json`.
///
/// ```swift
/// CommandOutput(json: false).emit(status, text: StatusRenderer.text(for: status))
/// ```
struct CommandOutput: Sendable {
    var json: Bool

    func emit(_ value: some Encodable, text: @autoclosure () -> String) {
        print(json ? JSONRenderer.text(for: value) : text())
    }

    /// Text failures go to standard error; JSON ones to standard output, so a script reading
    /// stdout always gets one JSON document whatever happened.
    func report(_ failure: any CommandFailure) {
        if json {
            print(JSONRenderer.text(for: ControlErrorBody(message: failure.description)))
        } else {
            FileHandle.standardError.write(Data("odysseyctl: \(failure.description)\n".utf8))
        }
    }
}
