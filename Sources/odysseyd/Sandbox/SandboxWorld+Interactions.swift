import Foundation
import Shared

extension SandboxWorld {
    static let ephemeralFlag = 64
    /// "This message is an Interaction Response and the bot is 'thinking'" (resources/message.mdx).
    static let loadingFlag = 128

    // MARK: Watching

    /// A stream that yields whenever the bot does something with the interaction; finish it with
    /// ``stopWatching(_:)``. Register before dispatching so no change is missed.
    func watch(_ id: UInt64) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        watchers[id, default: []].append(continuation)
        return stream
    }

    func stopWatching(_ id: UInt64) {
        for continuation in watchers.removeValue(forKey: id) ?? [] { continuation.finish() }
    }

    private func changed(_ id: UInt64) {
        for continuation in watchers[id] ?? [] { continuation.yield() }
    }

    func isSettled(_ id: UInt64) -> Bool { interactions[id]?.isSettled ?? true }

    func register(_ interaction: SandboxInteraction) {
        // Past its token's life an interaction can no longer be answered or edited.
        let now = clock.now
        interactions = interactions.filter { now < $0.value.createdAt + SandboxInteraction.tokenLifetime }
        interactions[interaction.id] = interaction
    }

    // MARK: Callback

    /// Create Interaction Response (interactions/receiving-and-responding.mdx): once, within 3 s.
    func interactionCallback(id: UInt64, token: String, body: [String: JSONValue],
                             now: ContinuousClock.Instant) throws(SandboxRESTError) {
        guard var interaction = interactions[id], ConstantTime.isEqual(interaction.token, token) else {
            throw SandboxRESTError.unknownInteraction
        }
        guard interaction.state == .pending else { throw SandboxRESTError.alreadyAcknowledged }
        guard now <= interaction.createdAt + SandboxInteraction.acknowledgeWindow else { throw SandboxRESTError.unknownInteraction }
        guard let type = body["type"]?.intValue else {
            throw SandboxRESTError.invalidFormBody(at: "type", code: "BASE_TYPE_REQUIRED", message: "This field is required")
        }
        let data = body["data"]?.objectValue ?? [:]
        let isComponent = interaction.type == 3
        let allowed: Set<Int> = switch interaction.type {
        case 1: [1]
        case 2: [4, 5, 9]
        case 3: [4, 5, 6, 7, 9]
        case 4: [8]
        case 5: [4, 5, 6, 7]
        default: []
        }
        guard allowed.contains(type) else {
            throw SandboxRESTError.invalidFormBody(at: "type", code: "INTERACTION_RESPONSE_TYPE_INVALID",
                                                   message: "Interaction response type \(type) is not valid for interaction type \(interaction.type)")
        }
        switch type {
        case 4:
            try validateMessage(data, creating: true)
            interaction.original = publishResponse(makeResponse(for: interaction, payload: data), of: interaction)
            interaction.state = .acknowledged
        case 5:
            var placeholder = data
            placeholder["content"] = .string("")
            placeholder["flags"] = .int((data["flags"]?.intValue ?? 0) & Self.ephemeralFlag | Self.loadingFlag)
            interaction.original = publishResponse(makeResponse(for: interaction, payload: placeholder), of: interaction)
            interaction.state = .deferred
        case 6:
            interaction.state = .deferred
        case 7:
            try validateMessage(data, creating: false)
            if isComponent, let messageID = interaction.messageID {
                interaction.original = try editMessage(channel: interaction.channelID, id: messageID, edit: data)
            }
            interaction.state = .acknowledged
        default:
            interaction.state = .acknowledged
        }
        interaction.callbackType = type
        interaction.callbackData = body["data"]
        interaction.acknowledgedAt = now
        interactions[id] = interaction
        changed(id)
    }

    /// The response message for an interaction, authored by the bot on the interaction's webhook.
    private func makeResponse(for interaction: SandboxInteraction, payload: [String: JSONValue], followUp: Bool = false) -> [String: JSONValue] {
        let user = interaction.payload["member"]?["user"] ?? interaction.payload["user"] ?? .null
        var metadata: [String: JSONValue] = [
            "id": .snowflake(interaction.id), "type": .int(interaction.type), "user": user,
            "authorizing_integration_owners": interaction.payload["authorizing_integration_owners"] ?? .object([:]),
        ]
        if let name = interaction.payload["data"]?["name"] { metadata["name"] = name }
        if followUp { metadata["original_response_message_id"] = interaction.original?["id"] }
        let type = followUp ? 0 : (interaction.type == 2 ? 20 : 19)
        return makeMessage(id: ids.next(), channel: interaction.channelID, payload: payload, type: type, extra: [
            "webhook_id": .snowflake(application.id), "application_id": .snowflake(application.id),
            "interaction_metadata": .object(metadata),
        ])
    }

    /// Stores a message everyone sees in its channel and announces it; ephemeral ones stay private.
    private func publishResponse(_ message: [String: JSONValue], of interaction: SandboxInteraction) -> JSONValue {
        let flags = message["flags"]?.intValue ?? 0
        if flags & Self.ephemeralFlag == 0, let id = message["id"]?.snowflakeValue {
            messages[interaction.channelID, default: [:]][id] = .object(message)
            emit("MESSAGE_CREATE", gatewayMessage(message, guildID: interaction.guildID), guildID: interaction.guildID)
        }
        return .object(message)
    }

    // MARK: Webhook routes on the interaction token

    /// The interaction a webhook route's token belongs to; 10015 for an unknown one, 50027 once
    /// its 15 minutes are over.
    private func interactionID(application: UInt64, token: String, now: ContinuousClock.Instant) throws(SandboxRESTError) -> UInt64 {
        guard application == self.application.id,
              let interaction = interactions.values.first(where: { ConstantTime.isEqual($0.token, token) })
        else { throw SandboxRESTError.unknownWebhook }
        guard now < interaction.createdAt + SandboxInteraction.tokenLifetime else {
            throw SandboxRESTError(status: 401, code: 50027, message: "Invalid Webhook Token")
        }
        return interaction.id
    }

    func originalResponse(application: UInt64, token: String, now: ContinuousClock.Instant) throws(SandboxRESTError) -> JSONValue {
        let id = try interactionID(application: application, token: token, now: now)
        guard let interaction = interactions[id], !interaction.originalDeleted else { throw SandboxRESTError.unknownMessage }
        if interaction.type == 3, let messageID = interaction.messageID, interaction.original == nil || interaction.callbackType == 6 {
            return try message(channel: interaction.channelID, id: messageID)
        }
        guard let original = interaction.original else { throw SandboxRESTError.unknownMessage }
        return original
    }

    func editOriginalResponse(application: UInt64, token: String, edit: [String: JSONValue],
                              now: ContinuousClock.Instant) throws(SandboxRESTError) -> JSONValue {
        let id = try interactionID(application: application, token: token, now: now)
        guard var interaction = interactions[id], interaction.state != .pending, !interaction.originalDeleted else {
            throw SandboxRESTError.unknownMessage
        }
        try validateMessage(edit, creating: false)
        let result: JSONValue
        if interaction.type == 3, interaction.callbackType == 6 || interaction.callbackType == 7, let messageID = interaction.messageID {
            // After a deferred update or update, @original is the message the component is on.
            result = try editMessage(channel: interaction.channelID, id: messageID, edit: edit)
        } else {
            guard var message = interaction.original?.objectValue else { throw SandboxRESTError.unknownMessage }
            let wasLoading = (message["flags"]?.intValue ?? 0) & Self.loadingFlag != 0
            applyEdit(edit, to: &message)
            // The first edit after a defer is the answer itself: the "thinking" state ends.
            let flags = (message["flags"]?.intValue ?? 0) & ~Self.loadingFlag
            let ephemeral = (interaction.original?["flags"]?.intValue ?? 0) & Self.ephemeralFlag
            message["flags"] = .int(flags | ephemeral)
            if wasLoading { message["edited_timestamp"] = .null }
            if ephemeral == 0, let messageID = message["id"]?.snowflakeValue {
                messages[interaction.channelID, default: [:]][messageID] = .object(message)
                emit("MESSAGE_UPDATE", gatewayMessage(message, guildID: interaction.guildID), guildID: interaction.guildID)
            }
            result = .object(message)
        }
        interaction.original = result
        interaction.originalEdits += 1
        interactions[id] = interaction
        changed(id)
        return result
    }

    func deleteOriginalResponse(application: UInt64, token: String, now: ContinuousClock.Instant) throws(SandboxRESTError) {
        let id = try interactionID(application: application, token: token, now: now)
        guard var interaction = interactions[id], let messageID = interaction.original?["id"]?.snowflakeValue,
              !interaction.originalDeleted else { throw SandboxRESTError.unknownMessage }
        if messages[interaction.channelID]?[messageID] != nil { try deleteMessage(channel: interaction.channelID, id: messageID) }
        interaction.originalDeleted = true
        interactions[id] = interaction
        changed(id)
    }

    func createFollowUp(application: UInt64, token: String, payload: [String: JSONValue],
                        now: ContinuousClock.Instant) throws(SandboxRESTError) -> JSONValue {
        let id = try interactionID(application: application, token: token, now: now)
        guard var interaction = interactions[id], interaction.state != .pending else { throw SandboxRESTError.unknownWebhook }
        try validateMessage(payload, creating: true)
        let message = publishResponse(makeResponse(for: interaction, payload: payload, followUp: true), of: interaction)
        interaction.followUps.append(message)
        interactions[id] = interaction
        changed(id)
        return message
    }

    func followUp(application: UInt64, token: String, message messageID: UInt64,
                  now: ContinuousClock.Instant) throws(SandboxRESTError) -> JSONValue {
        let id = try interactionID(application: application, token: token, now: now)
        guard let interaction = interactions[id] else { throw SandboxRESTError.unknownMessage }
        if interaction.original?["id"]?.snowflakeValue == messageID, !interaction.originalDeleted, let original = interaction.original {
            return original
        }
        guard let message = interaction.followUps.first(where: { $0["id"]?.snowflakeValue == messageID }) else {
            throw SandboxRESTError.unknownMessage
        }
        return message
    }

    func editFollowUp(application: UInt64, token: String, message messageID: UInt64, edit: [String: JSONValue],
                      now: ContinuousClock.Instant) throws(SandboxRESTError) -> JSONValue {
        let id = try interactionID(application: application, token: token, now: now)
        guard var interaction = interactions[id] else { throw SandboxRESTError.unknownMessage }
        if interaction.original?["id"]?.snowflakeValue == messageID {
            return try editOriginalResponse(application: application, token: token, edit: edit, now: now)
        }
        guard let index = interaction.followUps.firstIndex(where: { $0["id"]?.snowflakeValue == messageID }),
              var message = interaction.followUps[index].objectValue else { throw SandboxRESTError.unknownMessage }
        try validateMessage(edit, creating: false)
        applyEdit(edit, to: &message)
        if (message["flags"]?.intValue ?? 0) & Self.ephemeralFlag == 0 {
            messages[interaction.channelID, default: [:]][messageID] = .object(message)
            emit("MESSAGE_UPDATE", gatewayMessage(message, guildID: interaction.guildID), guildID: interaction.guildID)
        }
        interaction.followUps[index] = .object(message)
        interactions[id] = interaction
        changed(id)
        return .object(message)
    }

    func deleteFollowUp(application: UInt64, token: String, message messageID: UInt64,
                        now: ContinuousClock.Instant) throws(SandboxRESTError) {
        let id = try interactionID(application: application, token: token, now: now)
        guard var interaction = interactions[id] else { throw SandboxRESTError.unknownMessage }
        if interaction.original?["id"]?.snowflakeValue == messageID {
            return try deleteOriginalResponse(application: application, token: token, now: now)
        }
        guard let index = interaction.followUps.firstIndex(where: { $0["id"]?.snowflakeValue == messageID }) else {
            throw SandboxRESTError.unknownMessage
        }
        interaction.followUps.remove(at: index)
        if messages[interaction.channelID]?[messageID] != nil { try deleteMessage(channel: interaction.channelID, id: messageID) }
        interactions[id] = interaction
        changed(id)
    }
}
