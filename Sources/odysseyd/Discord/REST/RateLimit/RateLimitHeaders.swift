import Foundation

/// The rate-limit headers of one response (topics/rate-limits.mdx, "Header Format"), read
/// case-insensitively. A missing or unreadable value is nil: a garbage header is ignored, never
/// fatal, and never taken as zero.
///
/// ```swift
/// let headers = RateLimitHeaders([("x-ratelimit-bucket", "abcd1234"), ("X-RateLimit-Remaining", "0"),
///                                 ("X-RateLimit-Reset-After", "1.25")])
/// headers.resetAfter    // 1.25 s
/// ```
struct RateLimitHeaders: Sendable, Equatable {
    /// Longest wait believed from any header or body; longer values are clamped, so a corrupt
    /// header cannot stall a route for years.
    static let longestWait: Duration = .seconds(86_400)

    var bucket: String?
    var limit: Int?
    var remaining: Int?
    /// `X-RateLimit-Reset` (epoch seconds). Kept for logs; the limiter uses ``resetAfter``, which
    /// does not depend on our wall clock agreeing with Discord's.
    var reset: Date?
    var resetAfter: Duration?
    /// `X-RateLimit-Global: true`, sent only on a global 429.
    var isGlobal: Bool = false
    var scope: RateLimitScope?
    /// `Retry-After` in seconds (a date form is ignored).
    var retryAfter: Duration?

    init(bucket: String? = nil, limit: Int? = nil, remaining: Int? = nil, reset: Date? = nil, resetAfter: Duration? = nil,
         isGlobal: Bool = false, scope: RateLimitScope? = nil, retryAfter: Duration? = nil) {
        self.bucket = bucket
        self.limit = limit
        self.remaining = remaining
        self.reset = reset
        self.resetAfter = resetAfter
        self.isGlobal = isGlobal
        self.scope = scope
        self.retryAfter = retryAfter
    }

    /// Reads the headers from a response's fields; the first readable value of a repeated header wins.
    init(_ fields: [(String, String)]) {
        self.init()
        for (rawName, rawValue) in fields {
            let value = rawValue.trimmingCharacters(in: .whitespaces)
            switch rawName.lowercased() {
            case "x-ratelimit-bucket":
                if bucket == nil, !value.isEmpty, value.count <= 128 { bucket = value }
            case "x-ratelimit-limit":
                if limit == nil { limit = Self.count(value) }
            case "x-ratelimit-remaining":
                if remaining == nil { remaining = Self.count(value) }
            case "x-ratelimit-reset":
                if reset == nil, let seconds = Double(value), seconds.isFinite, seconds >= 0 {
                    reset = Date(timeIntervalSince1970: seconds)
                }
            case "x-ratelimit-reset-after":
                if resetAfter == nil { resetAfter = Self.seconds(value) }
            case "x-ratelimit-global":
                if value.lowercased() == "true" { isGlobal = true }
            case "x-ratelimit-scope":
                if scope == nil { scope = RateLimitScope(rawValue: value.lowercased()) }
            case "retry-after":
                if retryAfter == nil { retryAfter = Self.seconds(value) }
            default:
                break
            }
        }
    }

    private static func count(_ text: String) -> Int? {
        guard let number = Int(text), number >= 0 else { return nil }
        return number
    }

    /// A non-negative, finite number of seconds, possibly with decimals, clamped to ``longestWait``.
    static func seconds(_ text: String) -> Duration? {
        guard let value = Double(text) else { return nil }
        return seconds(value)
    }

    static func seconds(_ value: Double) -> Duration? {
        guard value.isFinite, value >= 0 else { return nil }
        let longest = Double(longestWait.components.seconds)
        // Rounded up to the millisecond: waiting a hair too long is free, too short is a 429.
        return .milliseconds(Int64((min(value, longest) * 1000).rounded(.up)))
    }
}
