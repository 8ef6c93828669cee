/// An interaction the sandbox cannot build from what was asked: an unknown guild, user or command,
/// an option that does not parse. `status` is the HTTP status `POST /sandbox/v1/interactions`
/// answers with.
struct SandboxInjectionError: Error, Sendable, CustomStringConvertible {
    var status: Int
    var message: String

    init(_ message: String, status: Int = 400) {
        self.status = status
        self.message = message
    }

    var description: String { message }
}
