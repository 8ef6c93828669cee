import Foundation

/// Which redirect URIs the bridge passes on to Discord. Discord itself only accepts URIs
/// registered for the application, so this is defence in depth: a dashboard never sends a code
/// obtained for a plain-http, non-local page, where it could have been read on the way.
///
/// ```swift
/// RedirectURIPolicy.isAcceptable("https://dash.example/callback")   // true
/// RedirectURIPolicy.isAcceptable("http://127.0.0.1:3000/callback")  // true
/// RedirectURIPolicy.isAcceptable("http://dash.example/callback")    // false
/// ```
enum RedirectURIPolicy {
    static let loopbackHosts: Set<String> = ["127.0.0.1", "::1", "[::1]", "localhost"]

    static func isAcceptable(_ uri: String) -> Bool {
        guard uri.utf8.count <= 2048, let components = URLComponents(string: uri), let host = components.host, !host.isEmpty,
              components.fragment == nil else { return false }
        switch components.scheme?.lowercased() {
        case "https": return true
        case "http": return loopbackHosts.contains(host.lowercased())
        default: return false
        }
    }

    /// With an allow-list, exact matches only (as Discord compares them); without, the scheme rule.
    static func isAllowed(_ uri: String, allowList: [String]) -> Bool {
        guard isAcceptable(uri) else { return false }
        return allowList.isEmpty || allowList.contains(uri)
    }
}
