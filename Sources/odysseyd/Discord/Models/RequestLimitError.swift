/// A request the daemon refused to send because Discord would answer 400 Bad Request.
struct RequestLimitError: Error, Hashable, Sendable, CustomStringConvertible {
    let violations: [RequestLimitViolation]

    var description: String {
        "request breaks Discord's limits: " + violations.map(\.description).joined(separator: "; ")
    }
}
