import Foundation
import Shared

extension SandboxWorld {
    /// Fields of a message body the sandbox keeps (resources/message.mdx, "Create Message").
    static let messageFields = ["content", "embeds", "components", "flags", "tts", "allowed_mentions", "sticker_ids", "poll"]

    /// The documented limits a bot's message must meet, checked like Discord (50006, 50035).
    func validateMessage(_ payload: [String: JSONValue], creating: Bool) throws(SandboxRESTError) {
        let content = payload["content"]?.stringValue ?? ""
        if content.count > 2000 {
            throw SandboxRESTError.invalidFormBody(at: "content", code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length.")
        }
        let embeds = payload["embeds"]?.arrayValue ?? []
        if embeds.count > 10 {
            throw SandboxRESTError.invalidFormBody(at: "embeds", code: "BASE_TYPE_MAX_LENGTH", message: "Must be 10 or fewer in length.")
        }
        let components = payload["components"]?.arrayValue ?? []
        if creating, content.isEmpty, embeds.isEmpty, components.isEmpty, payload["sticker_ids"] == nil, payload["poll"] == nil {
            throw SandboxRESTError.cannotSendEmptyMessage
        }
    }

    /// A message object as Discord returns it, authored by the bot.
    func makeMessage(id: UInt64, channel: UInt64, payload: [String: JSONValue], type: Int = 0,
                     extra: [String: JSONValue] = [:]) -> [String: JSONValue] {
        var message: [String: JSONValue] = [
            "id": .snowflake(id), "channel_id": .snowflake(channel), "author": application.bot.json,
            "content": payload["content"] ?? .string(""), "timestamp": .string(Self.timestamp(Date())),
            "edited_timestamp": .null, "tts": payload["tts"] ?? .bool(false), "mention_everyone": .bool(false),
            "mentions": .array([]), "mention_roles": .array([]), "attachments": .array([]),
            "embeds": .array((payload["embeds"]?.arrayValue ?? []).map(Self.richEmbed)),
            "components": payload["components"] ?? .array([]), "pinned": .bool(false), "type": .int(type),
            "flags": .int(payload["flags"]?.intValue ?? 0),
        ]
        for (key, value) in extra { message[key] = value }
        return message
    }

    /// Discord fills in `type: "rich"` on embeds a bot sends.
    static func richEmbed(_ embed: JSONValue) -> JSONValue {
        guard var object = embed.objectValue else { return embed }
        if object["type"] == nil { object["type"] = .string("rich") }
        return .object(object)
    }

    /// Applies an edit body to a message: only the fields present change.
    func applyEdit(_ edit: [String: JSONValue], to message: inout [String: JSONValue]) {
        for key in ["content", "components", "flags"] where edit[key] != nil {
            message[key] = edit[key]?.isNull == true ? (key == "content" ? .string("") : key == "flags" ? .int(0) : .array([])) : edit[key]
        }
        if let embeds = edit["embeds"] {
            message["embeds"] = .array((embeds.arrayValue ?? []).map(Self.richEmbed))
        }
        message["edited_timestamp"] = .string(Self.timestamp(Date()))
    }

    /// The gateway form of a message: with `guild_id` and the author's `member`.
    func gatewayMessage(_ message: [String: JSONValue], guildID: UInt64?) -> JSONValue {
        var object = message
        if let guildID, let guild = guild(guildID) {
            object["guild_id"] = .snowflake(guildID)
            if let member = guild.member(application.bot.id) { object["member"] = member.json(includingUser: false) }
        }
        return .object(object)
    }

    func createMessage(channel channelID: UInt64, payload: [String: JSONValue]) throws(SandboxRESTError) -> JSONValue {
        guard let (guildIndex, _) = locate(channel: channelID) else { throw SandboxRESTError.unknownChannel }
        try validateMessage(payload, creating: true)
        let message = makeMessage(id: ids.next(), channel: channelID, payload: payload)
        messages[channelID, default: [:]][message["id"]?.snowflakeValue ?? 0] = .object(message)
        emit("MESSAGE_CREATE", gatewayMessage(message, guildID: guilds[guildIndex].id), guildID: guilds[guildIndex].id)
        return .object(message)
    }

    func message(channel: UInt64, id: UInt64) throws(SandboxRESTError) -> JSONValue {
        guard locate(channel: channel) != nil else { throw SandboxRESTError.unknownChannel }
        guard let message = messages[channel]?[id] else { throw SandboxRESTError.unknownMessage }
        return message
    }

    func editMessage(channel: UInt64, id: UInt64, edit: [String: JSONValue]) throws(SandboxRESTError) -> JSONValue {
        guard let (guildIndex, _) = locate(channel: channel) else { throw SandboxRESTError.unknownChannel }
        guard var message = messages[channel]?[id]?.objectValue else { throw SandboxRESTError.unknownMessage }
        try validateMessage(edit, creating: false)
        applyEdit(edit, to: &message)
        messages[channel]?[id] = .object(message)
        emit("MESSAGE_UPDATE", gatewayMessage(message, guildID: guilds[guildIndex].id), guildID: guilds[guildIndex].id)
        return .object(message)
    }

    func deleteMessage(channel: UInt64, id: UInt64) throws(SandboxRESTError) {
        guard let (guildIndex, _) = locate(channel: channel) else { throw SandboxRESTError.unknownChannel }
        guard messages[channel]?.removeValue(forKey: id) != nil else { throw SandboxRESTError.unknownMessage }
        let guildID = guilds[guildIndex].id
        emit("MESSAGE_DELETE", .object(["id": .snowflake(id), "channel_id": .snowflake(channel), "guild_id": .snowflake(guildID)]),
             guildID: guildID)
    }
}
