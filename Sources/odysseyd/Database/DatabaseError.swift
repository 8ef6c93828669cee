/// A PostgreSQL failure with what the server said: SQLSTATE, message, detail and hint.
///
/// ```swift
/// do { try await db.query("INSERT ...", [id]) }
/// catch let error as DatabaseError where error.sqlState == "23505" { /* unique violation */ }
/// ```
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case server
        case connection
        case timeout
        case poolExhausted
        case poolClosed
        case decoding
    }

    private let code: Code
    /// The five-character SQLSTATE, when the server sent one.
    public let sqlState: String?
    public let message: String
    public let detail: String?
    public let hint: String?

    private init(_ code: Code, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil) {
        self.code = code
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
    }

    static func server(sqlState: String?, message: String, detail: String?, hint: String?) -> Self {
        Self(.server, message: message, sqlState: sqlState, detail: detail, hint: hint)
    }

    /// The server could not be reached, or the connection broke.
    static func connection(_ message: String) -> Self {
        Self(.connection, message: "database unavailable: \(message)")
    }

    static func timeout(_ message: String) -> Self {
        Self(.timeout, message: message)
    }

    static func poolExhausted(waited seconds: Double, size: Int) -> Self {
        Self(.poolExhausted, message: "no database connection free after \(seconds) s (pool size \(size))")
    }

    static let poolClosed = Self(.poolClosed, message: "the database pool is shut down")

    static func decoding(_ message: String) -> Self {
        Self(.decoding, message: message)
    }

    /// True when the failure says nothing about the query, only about reaching the server.
    public var isUnavailable: Bool {
        code == .connection || code == .timeout || code == .poolClosed
            || sqlState.map { $0.hasPrefix("08") || $0 == "57P01" || $0 == "57P03" } == true
    }

    public var description: String {
        var text = message
        if let sqlState { text = "\(text) (SQLSTATE \(sqlState))" }
        if let detail, !detail.isEmpty { text += "; detail: \(detail)" }
        if let hint, !hint.isEmpty { text += "; hint: \(hint)" }
        return text
    }
}
