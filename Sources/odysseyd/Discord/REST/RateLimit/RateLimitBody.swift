import Foundation

/// The JSON body of a 429 (topics/rate-limits.mdx, "Rate Limit Response Structure"). Each field is
/// read on its own, so a missing or mistyped one leaves only that field nil.
///
/// ```swift
/// let body = RateLimitBody(json: Data(#"{"message":"You are being rate limited.","retry_after":64.57,"global":false}"#.utf8))
/// body?.retryAfter   // 64.57 s
/// ```
struct RateLimitBody: Sendable, Equatable, Decodable {
    var message: String?
    var retryAfter: Duration?
    var global: Bool?
    var code: Int?

    init(message: String? = nil, retryAfter: Duration? = nil, global: Bool? = nil, code: Int? = nil) {
        self.message = message
        self.retryAfter = retryAfter
        self.global = global
        self.code = code
    }

    /// Nil when the body is not a JSON object.
    init?(json: Data) {
        guard let body = try? JSONDecoder().decode(Self.self, from: json) else { return nil }
        self = body
    }

    private enum CodingKeys: String, CodingKey {
        case message, retryAfter = "retry_after", global, code
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = try? container.decodeIfPresent(String.self, forKey: .message)
        retryAfter = (try? container.decodeIfPresent(Double.self, forKey: .retryAfter)).flatMap { RateLimitHeaders.seconds($0) }
        global = try? container.decodeIfPresent(Bool.self, forKey: .global)
        code = try? container.decodeIfPresent(Int.self, forKey: .code)
    }
}
