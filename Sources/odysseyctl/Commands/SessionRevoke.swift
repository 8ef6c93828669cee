import ArgumentParser
import Shared

extension Odysseyctl.Session {
    /// `odysseyctl session revoke`: end one session, or every session of a user.
    ///
    /// ```
    /// $ odysseyctl session revoke 3f9a0c1d2e4b
    /// Revoked session 3f9a0c1d2e4b.
    /// ```
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a dashboard session, or all sessions of a user.",
            discussion: """
                Name the session by the SESSION column of session ls (at least 8 hex digits of \
                its id hash) or by the session id itself, or give --user to end every live \
                session of that Discord user. The dashboard's next look-up of a revoked session \
                gets 404.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The session: an id-hash prefix (8+ hex digits) or the session id.", valueName: "session"))
        var session: String?

        @Option(name: .customLong("user"), help: ArgumentHelp("Revoke every live session of this Discord user.", valueName: "id"))
        var userID: String?

        func validate() throws {
            switch (session, userID) {
            case (nil, nil): throw ValidationError("Name a session, or a user with --user.")
            case (_?, _?): throw ValidationError("Name a session or --user, not both.")
            case (nil, let user?):
                guard !user.isEmpty, user.allSatisfy(\.isWholeNumber) else {
                    throw ValidationError("--user: \"\(user)\" is not a Discord user id (digits).")
                }
            case (let session?, nil):
                guard Self.request(for: session) != nil else {
                    throw ValidationError("\"\(session)\" is neither an id-hash prefix (8 to 64 hex digits) nor a session id (43 characters).")
                }
            }
        }

        func run() async throws {
            let body = userID.map { SessionRevokeRequest(userId: $0) } ?? Self.request(for: session ?? "") ?? SessionRevokeRequest()
            let response = try await global.request { try await $0.revokeSessions(body) }
            global.output.emit(response, text: SessionRenderer.revokedText(for: response))
        }

        /// Hex of 8 to 64 digits is a hash prefix; 43 base64url characters are a session id.
        static func request(for text: String) -> SessionRevokeRequest? {
            if (8...64).contains(text.count), text.allSatisfy(\.isHexDigit) { return SessionRevokeRequest(idHash: text) }
            let base64URL = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            if text.count == 43, text.allSatisfy(base64URL.contains) { return SessionRevokeRequest(sessionId: text) }
            return nil
        }
    }
}
