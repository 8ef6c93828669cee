import Foundation

/// One REST request handed from the HTTP server to the world: the matched route template, its
/// parameters, and what came on the wire.
struct SandboxRESTCall: Sendable {
    var method: String
    /// e.g. "/channels/{channel.id}/messages".
    var template: String
    var parameters: [String: String]
    /// The path after `/api/v10`.
    var path: String
    var query: [String: String] = [:]
    /// Lowercased names, as received.
    var headers: [(String, String)]
    var body: Data

    var routeID: String { "\(method) \(template)" }

    func header(_ name: String) -> String? {
        headers.first { $0.0 == name.lowercased() }?.1
    }

    /// Interaction routes are authorised by the token in the path, not the bot token.
    var needsBotToken: Bool { !template.contains("{interaction.token}") }

    /// Interaction endpoints are not bound to the global limit (topics/rate-limits.mdx).
    var isExemptFromGlobalLimit: Bool { template.contains("{interaction.token}") }
}
