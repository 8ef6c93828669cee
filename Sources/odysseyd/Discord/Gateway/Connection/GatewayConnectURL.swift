/// The URL a shard connects to: the gateway URL (from GET /gateway/bot, or READY's
/// `resume_gateway_url`) with the version, encoding and transport compression Discord expects
/// in its query (events/gateway.mdx, "Connecting"). A URL with a path keeps it, so the sandbox's
/// `ws://127.0.0.1:PORT/gateway` becomes `ws://127.0.0.1:PORT/gateway?v=10&…`.
///
/// ```swift
/// GatewayConnectURL.make("wss://gateway.discord.gg", compress: true)
/// // "wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream"
/// ```
enum GatewayConnectURL {
    static let apiVersion = 10

    static func make(_ base: String, compress: Bool) -> String {
        var query = "v=\(apiVersion)&encoding=json"
        if compress { query += "&compress=zlib-stream" }
        // Discord's URLs carry no query of their own; one that does gets ours appended to it.
        if base.contains("?") { return base + "&" + query }
        var url = base
        while url.hasSuffix("/") { url.removeLast() }
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? url[...]
        let hasPath = afterScheme.contains("/")
        return url + (hasPath ? "?" : "/?") + query
    }
}
