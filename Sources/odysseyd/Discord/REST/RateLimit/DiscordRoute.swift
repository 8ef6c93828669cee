import Foundation

/// One REST endpoint as the rate limiter sees it: the method, the path template as Discord's
/// documentation writes it, and the concrete values of its placeholders.
///
/// Discord computes per-route limits per *top-level resource*: channel, guild, or webhook
/// (id, or id + token) (topics/rate-limits.mdx). So the limiter keys every bucket on the bucket
/// hash Discord sends *and* these major parameters; two channels sharing a bucket hash keep
/// separate counts.
///
/// ```swift
/// let route = DiscordRoute(.post, "/channels/{channel.id}/messages", ["channel.id": "1234"])
/// route.path          // "/channels/1234/messages"
/// route.majorKey      // "channel.id=1234"
/// ```
struct DiscordRoute: Sendable, Hashable, CustomStringConvertible {
    enum Method: String, Sendable, Hashable {
        case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE"
    }

    let method: Method
    /// The path with `{name}` placeholders, e.g. "/channels/{channel.id}/messages/{message.id}".
    let template: String
    /// Placeholder name (without braces) → value.
    let parameters: [String: String]
    /// Query string parameters (`with_localizations=true`); they never change the rate-limit bucket.
    let query: [String: String]

    init(_ method: Method, _ template: String, _ parameters: [String: String] = [:], query: [String: String] = [:]) {
        self.method = method
        self.template = template
        self.parameters = parameters
        self.query = query
    }

    /// Identifies the endpoint regardless of resource: what Discord's bucket hash is learned for.
    var routeID: String { "\(method.rawValue) \(template)" }

    /// The top-level resources in the path, in template order, as "name=value" joined by "/".
    /// Tokens are replaced by an in-process hash, so keys (shown in statistics) never carry secrets.
    var majorKey: String {
        placeholders.compactMap { name -> String? in
            guard isMajor(name) else { return nil }
            let value = parameters[name] ?? ""
            if name.hasSuffix(".token") {
                var hasher = Hasher()
                hasher.combine(value)
                return "\(name)=#\(String(UInt(bitPattern: hasher.finalize()), radix: 36))"
            }
            return "\(name)=\(value)"
        }.joined(separator: "/")
    }

    /// The interaction endpoints are not bound to the global limit
    /// (interactions/receiving-and-responding.mdx, "Endpoints"; topics/rate-limits.mdx): the
    /// callback, and the follow-up/original-response routes on the interaction token.
    var isExemptFromGlobalLimit: Bool {
        (template.hasPrefix("/interactions/") && template.hasSuffix("/callback"))
            || template.hasPrefix("/webhooks/{application.id}/{interaction.token}")
    }

    /// The concrete path with every placeholder filled in and percent-encoded, or nil when a
    /// placeholder has no value.
    var path: String? {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = parameters[name],
                  let encoded = value.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters)
            else { return nil }
            result += encoded
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        guard !query.isEmpty else { return result }
        let pairs = query.sorted { $0.key < $1.key }.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: Self.queryValueCharacters) ?? "")"
        }
        return result + "?" + pairs.joined(separator: "&")
    }

    var description: String {
        majorKey.isEmpty ? routeID : "\(routeID) [\(majorKey)]"
    }

    // MARK: Placeholders

    private static let segmentCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))
    private static let queryValueCharacters = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))

    private var placeholders: [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Channels, guilds and webhooks are Discord's top-level resources (topics/rate-limits.mdx).
    /// Interaction routes count as webhooks ("Interactions webhooks share the same rate limit
    /// properties as normal webhooks", interactions/receiving-and-responding.mdx): under
    /// `/webhooks/` the application id and interaction token stand where a webhook's id and token
    /// would, and a callback is keyed on its interaction, so callbacks never queue behind one another.
    private func isMajor(_ name: String) -> Bool {
        switch name {
        case "channel.id", "guild.id", "webhook.id", "webhook.token", "interaction.id", "interaction.token":
            return true
        case "application.id":
            return template.hasPrefix("/webhooks/")
        default:
            return false
        }
    }
}
