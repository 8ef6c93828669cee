import Foundation

/// Messages after the first response to one interaction, for as long as its token lives
/// (15 minutes from the interaction, interactions/receiving-and-responding.mdx). A handler keeps
/// it to report later results; past the token's life it refuses before sending anything, since
/// Discord would answer 401 and count it against the invalid-request limit.
///
/// ```swift
/// router.command(["raid", "start"], options: .init(feature: "raids")) { context in
///     let followUps = context.followUps
///     Task { _ = try await followUps.send(MessagePayload(content: "The raid has begun!")) }
///     return .ephemeral("Starting…")
/// }
/// ```
struct InteractionFollowUps: Sendable {
    let applicationID: Snowflake
    let token: String
    /// When Discord created the interaction (its id's timestamp).
    let createdAt: Date
    let rest: DiscordRESTClient
    let now: @Sendable () -> Date

    init(interaction: Interaction, fallbackApplicationID: Snowflake, rest: DiscordRESTClient, now: @escaping @Sendable () -> Date) {
        applicationID = interaction.applicationID ?? fallbackApplicationID
        token = interaction.token
        createdAt = interaction.id.timestamp
        self.rest = rest
        self.now = now
    }

    var expiresAt: Date { createdAt.addingTimeInterval(InteractionResponder.tokenLifetime) }

    /// A new follow-up message; `ephemeral` shows it to the invoking member only.
    func send(_ payload: MessagePayload, ephemeral: Bool = false) async throws -> Message {
        try checkAlive()
        var payload = payload
        if ephemeral { payload.flags = (payload.flags ?? []).union(.ephemeral) }
        return try await rest.createFollowUpMessage(applicationID: applicationID, token: token, payload: payload)
    }

    /// Edits a follow-up this interaction sent.
    func edit(_ message: Snowflake, _ payload: MessagePayload) async throws -> Message {
        try checkAlive()
        return try await rest.editFollowUpMessage(applicationID: applicationID, token: token, message: message, payload: payload)
    }

    private func checkAlive() throws {
        guard now() < expiresAt else { throw InteractionTokenExpired(expiredAt: expiresAt) }
    }
}

/// A follow-up refused because the interaction's 15-minute token has run out.
struct InteractionTokenExpired: Error, CustomStringConvertible, Equatable {
    let expiredAt: Date

    var description: String {
        "the interaction token expired at \(expiredAt) (15 minutes after the interaction); post to the channel instead"
    }
}
