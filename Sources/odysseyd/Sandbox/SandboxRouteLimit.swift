import Shared

/// The per-route limit the sandbox applies to a request, like Discord's own buckets
/// (topics/rate-limits.mdx): the bucket name (hashed into `X-RateLimit-Bucket`), how many requests
/// per window, and the top-level resource the count is kept for.
///
/// ```swift
/// let limit = SandboxRouteLimit.for(method: "POST", template: "/channels/{channel.id}/messages", body: nil)
/// limit.limit    // 5 per 5 s, per channel
/// ```
struct SandboxRouteLimit: Sendable, Equatable {
    var bucket: String
    var limit: Int
    var window: Duration

    /// Discord's documented and observed limits for the routes the daemon leans on; anything else
    /// gets a roomy default so a test is never throttled by accident.
    static func `for`(method: String, template: String, body: JSONValue?) -> SandboxRouteLimit {
        switch (method, template) {
        case ("POST", "/channels/{channel.id}/messages"):
            return Self(bucket: "message-create", limit: 5, window: .seconds(5))
        case ("PATCH", "/channels/{channel.id}") where body?["name"] != nil || body?["topic"] != nil:
            // Renames and topic changes: 2 per 10 minutes per channel.
            return Self(bucket: "channel-rename", limit: 2, window: .seconds(600))
        case ("PUT", "/guilds/{guild.id}/members/{user.id}/roles/{role.id}"),
             ("DELETE", "/guilds/{guild.id}/members/{user.id}/roles/{role.id}"):
            return Self(bucket: "member-roles", limit: 10, window: .seconds(10))
        case ("POST", "/interactions/{interaction.id}/{interaction.token}/callback"):
            return Self(bucket: "interaction-callback", limit: 5, window: .seconds(5))
        case (_, let template) where template.hasPrefix("/webhooks/"):
            return Self(bucket: "webhook \(method) \(template)", limit: 5, window: .seconds(2))
        default:
            return Self(bucket: "\(method) \(template)", limit: 30, window: .seconds(10))
        }
    }

    /// The opaque hash Discord sends as `X-RateLimit-Bucket`: stable for a bucket name (FNV-1a).
    var hash: String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bucket.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Channels, guilds and webhooks (an interaction counts as a webhook) are Discord's top-level
    /// resources: each keeps its own count in a shared bucket.
    static func majorKey(_ parameters: [String: String]) -> String {
        for name in ["channel.id", "guild.id", "interaction.id", "interaction.token", "webhook.id"] {
            if let value = parameters[name] { return "\(name)=\(value)" }
        }
        return ""
    }
}
