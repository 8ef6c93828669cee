import Foundation
import Shared

extension SandboxWorld {
    /// Every REST route the sandbox serves, as "METHOD /template" (Discord's documentation's
    /// placeholders); the HTTP server registers exactly these.
    static let routes: [(method: String, template: String)] = [
        ("GET", "/gateway/bot"),
        ("GET", "/users/@me"),
        ("POST", "/oauth2/token"),
        ("GET", "/applications/@me"),
        ("GET", "/applications/{application.id}/commands"),
        ("PUT", "/applications/{application.id}/commands"),
        ("POST", "/applications/{application.id}/commands"),
        ("DELETE", "/applications/{application.id}/commands/{command.id}"),
        ("GET", "/applications/{application.id}/guilds/{guild.id}/commands"),
        ("PUT", "/applications/{application.id}/guilds/{guild.id}/commands"),
        ("POST", "/applications/{application.id}/guilds/{guild.id}/commands"),
        ("DELETE", "/applications/{application.id}/guilds/{guild.id}/commands/{command.id}"),
        ("POST", "/interactions/{interaction.id}/{interaction.token}/callback"),
        ("GET", "/webhooks/{application.id}/{interaction.token}/messages/@original"),
        ("PATCH", "/webhooks/{application.id}/{interaction.token}/messages/@original"),
        ("DELETE", "/webhooks/{application.id}/{interaction.token}/messages/@original"),
        ("POST", "/webhooks/{application.id}/{interaction.token}"),
        ("GET", "/webhooks/{application.id}/{interaction.token}/messages/{message.id}"),
        ("PATCH", "/webhooks/{application.id}/{interaction.token}/messages/{message.id}"),
        ("DELETE", "/webhooks/{application.id}/{interaction.token}/messages/{message.id}"),
        ("POST", "/channels/{channel.id}/messages"),
        ("GET", "/channels/{channel.id}/messages/{message.id}"),
        ("PATCH", "/channels/{channel.id}/messages/{message.id}"),
        ("DELETE", "/channels/{channel.id}/messages/{message.id}"),
        ("GET", "/channels/{channel.id}"),
        ("PATCH", "/channels/{channel.id}"),
        ("DELETE", "/channels/{channel.id}"),
        ("GET", "/guilds/{guild.id}"),
        ("GET", "/guilds/{guild.id}/channels"),
        ("POST", "/guilds/{guild.id}/channels"),
        ("GET", "/guilds/{guild.id}/roles"),
        ("GET", "/guilds/{guild.id}/members/{user.id}"),
        ("PUT", "/guilds/{guild.id}/members/{user.id}/roles/{role.id}"),
        ("DELETE", "/guilds/{guild.id}/members/{user.id}/roles/{role.id}"),
        ("PATCH", "/guilds/{guild.id}/voice-states/{user.id}"),
    ]

    /// Runs the route once authentication and rate limits let the request through.
    func route(_ call: SandboxRESTCall, body: JSONValue?, gatewayBot: JSONValue?,
               now: ContinuousClock.Instant) throws(SandboxRESTError) -> SandboxRESTReply {
        let p = call.parameters
        func id(_ name: String) throws(SandboxRESTError) -> UInt64 {
            guard let text = p[name], let value = UInt64(text) else {
                throw SandboxRESTError.invalidFormBody(at: name.replacingOccurrences(of: ".", with: "_"),
                                                       code: "NUMBER_TYPE_COERCE", message: "Value \"\(p[name] ?? "")\" is not snowflake.")
            }
            return value
        }
        func object() throws(SandboxRESTError) -> [String: JSONValue] {
            guard let object = body?.objectValue else {
                throw SandboxRESTError.invalidFormBody(at: "", code: "DICT_TYPE_CONVERT", message: "Only dictionaries may be used in a DictType")
            }
            return object
        }
        func requireApplication() throws(SandboxRESTError) {
            guard try id("application.id") == self.application.id else { throw SandboxRESTError.missingAccess }
        }
        switch call.routeID {
        case "GET /gateway/bot":
            return .json(gatewayBot ?? .object([:]))
        case "GET /users/@me":
            var user = application.bot.json.objectValue ?? [:]
            user["verified"] = .bool(true)
            user["mfa_enabled"] = .bool(false)
            user["flags"] = .int(0)
            return .json(.object(user))
        case "GET /applications/@me":
            return .json(applicationJSON)

        case "GET /applications/{application.id}/commands":
            try requireApplication()
            return .json(.array(globalCommands.map { $0.listed(withLocalizations: call.query["with_localizations"] == "true") }))
        case "PUT /applications/{application.id}/commands":
            try requireApplication()
            return .json(.array(try overwriteCommands(guild: nil, body: body).map(\.json)))
        case "POST /applications/{application.id}/commands":
            try requireApplication()
            let (command, created) = try upsertCommand(guild: nil, definition: try object())
            return .json(command.json, status: created ? 201 : 200)
        case "DELETE /applications/{application.id}/commands/{command.id}":
            try requireApplication()
            try deleteCommand(guild: nil, id: try id("command.id"))
            return .noContent
        case "GET /applications/{application.id}/guilds/{guild.id}/commands":
            try requireApplication()
            _ = try existingGuild(try id("guild.id"))
            return .json(.array((guildCommands[try id("guild.id")] ?? []).map {
                $0.listed(withLocalizations: call.query["with_localizations"] == "true")
            }))
        case "PUT /applications/{application.id}/guilds/{guild.id}/commands":
            try requireApplication()
            let guild = try existingGuild(try id("guild.id")).id
            return .json(.array(try overwriteCommands(guild: guild, body: body).map(\.json)))
        case "POST /applications/{application.id}/guilds/{guild.id}/commands":
            try requireApplication()
            let guild = try existingGuild(try id("guild.id")).id
            let (command, created) = try upsertCommand(guild: guild, definition: try object())
            return .json(command.json, status: created ? 201 : 200)
        case "DELETE /applications/{application.id}/guilds/{guild.id}/commands/{command.id}":
            try requireApplication()
            try deleteCommand(guild: try id("guild.id"), id: try id("command.id"))
            return .noContent

        case "POST /interactions/{interaction.id}/{interaction.token}/callback":
            let interactionID = try id("interaction.id")
            try interactionCallback(id: interactionID, token: p["interaction.token"] ?? "", body: try object(), now: now)
            guard call.query["with_response"] == "true", let interaction = interactions[interactionID] else { return .noContent }
            return .json(callbackResponse(interaction))
        case "GET /webhooks/{application.id}/{interaction.token}/messages/@original":
            return .json(try originalResponse(application: try id("application.id"), token: p["interaction.token"] ?? "", now: now))
        case "PATCH /webhooks/{application.id}/{interaction.token}/messages/@original":
            return .json(try editOriginalResponse(application: try id("application.id"), token: p["interaction.token"] ?? "",
                                                  edit: try object(), now: now))
        case "DELETE /webhooks/{application.id}/{interaction.token}/messages/@original":
            try deleteOriginalResponse(application: try id("application.id"), token: p["interaction.token"] ?? "", now: now)
            return .noContent
        case "POST /webhooks/{application.id}/{interaction.token}":
            return .json(try createFollowUp(application: try id("application.id"), token: p["interaction.token"] ?? "",
                                             payload: try object(), now: now))
        case "GET /webhooks/{application.id}/{interaction.token}/messages/{message.id}":
            return .json(try followUp(application: try id("application.id"), token: p["interaction.token"] ?? "",
                                      message: try id("message.id"), now: now))
        case "PATCH /webhooks/{application.id}/{interaction.token}/messages/{message.id}":
            return .json(try editFollowUp(application: try id("application.id"), token: p["interaction.token"] ?? "",
                                          message: try id("message.id"), edit: try object(), now: now))
        case "DELETE /webhooks/{application.id}/{interaction.token}/messages/{message.id}":
            try deleteFollowUp(application: try id("application.id"), token: p["interaction.token"] ?? "",
                               message: try id("message.id"), now: now)
            return .noContent

        case "POST /channels/{channel.id}/messages":
            return .json(try createMessage(channel: try id("channel.id"), payload: try object()))
        case "GET /channels/{channel.id}/messages/{message.id}":
            return .json(try message(channel: try id("channel.id"), id: try id("message.id")))
        case "PATCH /channels/{channel.id}/messages/{message.id}":
            return .json(try editMessage(channel: try id("channel.id"), id: try id("message.id"), edit: try object()))
        case "DELETE /channels/{channel.id}/messages/{message.id}":
            try deleteMessage(channel: try id("channel.id"), id: try id("message.id"))
            return .noContent
        case "GET /channels/{channel.id}":
            guard let (_, channel) = locate(channel: try id("channel.id")) else { throw SandboxRESTError.unknownChannel }
            return .json(channel.json)
        case "PATCH /channels/{channel.id}":
            return .json(try modifyChannel(try id("channel.id"), changes: try object()))
        case "DELETE /channels/{channel.id}":
            return .json(try deleteChannel(try id("channel.id")))

        case "GET /guilds/{guild.id}":
            return .json(try existingGuild(try id("guild.id")).json)
        case "GET /guilds/{guild.id}/channels":
            return .json(.array(try existingGuild(try id("guild.id")).channels.map(\.json)))
        case "POST /guilds/{guild.id}/channels":
            return .json(try createChannel(guild: try id("guild.id"), fields: try object()), status: 201)
        case "GET /guilds/{guild.id}/roles":
            return .json(.array(try existingGuild(try id("guild.id")).roles.map(\.json)))
        case "GET /guilds/{guild.id}/members/{user.id}":
            let guild = try existingGuild(try id("guild.id"))
            guard let member = guild.member(try id("user.id")) else { throw SandboxRESTError.unknownMember }
            return .json(member.json())
        case "PUT /guilds/{guild.id}/members/{user.id}/roles/{role.id}":
            try changeRole(guild: try id("guild.id"), user: try id("user.id"), role: try id("role.id"), add: true)
            return .noContent
        case "DELETE /guilds/{guild.id}/members/{user.id}/roles/{role.id}":
            try changeRole(guild: try id("guild.id"), user: try id("user.id"), role: try id("role.id"), add: false)
            return .noContent
        case "PATCH /guilds/{guild.id}/voice-states/{user.id}":
            let user = p["user.id"] == "@me" ? application.bot.id : try id("user.id")
            try modifyVoiceState(guild: try id("guild.id"), user: user, changes: try object())
            return .noContent
        default:
            throw SandboxRESTError.notFound
        }
    }

    /// The Interaction Callback Response object `?with_response=true` asks for
    /// (interactions/receiving-and-responding.mdx).
    func callbackResponse(_ interaction: SandboxInteraction) -> JSONValue {
        let flags = interaction.original?["flags"]?.intValue ?? 0
        var resource: [String: JSONValue] = ["type": .int(interaction.callbackType ?? 0)]
        if let original = interaction.original { resource["message"] = original }
        return .object([
            "interaction": .object([
                "id": .snowflake(interaction.id), "type": .int(interaction.type),
                "response_message_id": interaction.original?["id"] ?? .null,
                "response_message_loading": .bool(flags & Self.loadingFlag != 0),
                "response_message_ephemeral": .bool(flags & Self.ephemeralFlag != 0),
            ]),
            "resource": .object(resource),
        ])
    }

    func existingGuild(_ id: UInt64) throws(SandboxRESTError) -> SandboxGuild {
        guard let guild = guild(id) else { throw SandboxRESTError.unknownGuild }
        return guild
    }

    var applicationJSON: JSONValue {
        .object([
            "id": .snowflake(application.id), "name": .string(application.name), "icon": .null,
            "description": .string("Odyssey's Discord sandbox application"), "bot_public": .bool(false),
            "bot_require_code_grant": .bool(false), "bot": application.bot.json, "flags": .int(0),
            "verify_key": .string(String(repeating: "0", count: 64)), "team": .null, "summary": .string(""),
            "type": .null, "tags": .array([]), "redirect_uris": .array([]),
            "interactions_endpoint_url": .null, "approximate_guild_count": .int(guilds.count),
        ])
    }
}
