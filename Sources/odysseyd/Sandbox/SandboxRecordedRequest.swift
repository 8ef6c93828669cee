import Foundation

/// One REST request as the sandbox received it, for tests: the `Authorization` value is replaced
/// by `<redacted>` so a recorded request never holds a token.
struct SandboxRecordedRequest: Sendable {
    var method: String
    /// The path after `/api/v10`, e.g. "/channels/1234/messages".
    var path: String
    /// The matched route template, e.g. "/channels/{channel.id}/messages".
    var template: String
    /// Lowercased names.
    var headers: [(String, String)]
    var body: Data
    /// What the sandbox answered.
    var status: Int

    func header(_ name: String) -> String? {
        headers.first { $0.0 == name.lowercased() }?.1
    }
}
