extension DiscordRESTClient {
    /// POST /webhooks/{application.id}/{interaction.token}
    /// (interactions/receiving-and-responding.mdx, "Create Followup Message"). Ephemeral when the
    /// payload's flags say so.
    func createFollowUpMessage(applicationID: Snowflake, token interactionToken: String, payload: MessagePayload) async throws -> Message {
        try RequestLimits.validate(payload)
        let route = DiscordRoute(.post, "/webhooks/{application.id}/{interaction.token}",
                                 ["application.id": applicationID.description, "interaction.token": interactionToken])
        return try await send(route, body: payload, auditLogReason: nil)
    }

    /// PATCH /webhooks/{application.id}/{interaction.token}/messages/{message.id} ("Edit Followup Message").
    func editFollowUpMessage(applicationID: Snowflake, token interactionToken: String, message: Snowflake,
                             payload: MessagePayload) async throws -> Message {
        try RequestLimits.validate(payload)
        let route = DiscordRoute(.patch, "/webhooks/{application.id}/{interaction.token}/messages/{message.id}",
                                 ["application.id": applicationID.description, "interaction.token": interactionToken,
                                  "message.id": message.description])
        return try await send(route, body: payload, auditLogReason: nil)
    }
}
