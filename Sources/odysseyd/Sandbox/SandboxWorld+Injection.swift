import Foundation
import Shared

extension SandboxWorld {
    /// Builds a documented INTERACTION_CREATE payload (interactions/receiving-and-responding.mdx,
    /// "Interaction Object") for a command line or a component click, and registers it as pending.
    func prepareInteraction(_ request: SandboxInteractionRequest) throws(SandboxInjectionError) -> SandboxInteraction {
        let guild = try resolveGuild(request.guildId)
        let userID: UInt64
        if let text = request.userId {
            guard let id = UInt64(text), guild.member(id) != nil else {
                throw SandboxInjectionError("User \(text) is not a member of \(guild.name); members: "
                    + guild.members.map { "\($0.user.username) (\($0.user.id))" }.joined(separator: ", "), status: 404)
            }
            userID = id
        } else {
            guard let member = guild.members.first(where: { !$0.user.bot }) else { throw SandboxInjectionError("\(guild.name) has no members.") }
            userID = member.user.id
        }
        guard let member = guild.member(userID) else { throw SandboxInjectionError("Unknown member.", status: 404) }

        let id = ids.next()
        let type: Int
        var data: [String: JSONValue]
        var channelID: UInt64
        var message: JSONValue?
        if let customID = request.customId {
            guard let messageText = request.messageId, let messageID = UInt64(messageText) else {
                throw SandboxInjectionError("A component click needs message_id (the message the component is on).")
            }
            guard let (channel, found) = findMessage(messageID, guild: guild.id) else {
                throw SandboxInjectionError("Message \(messageText) is not in \(guild.name).", status: 404)
            }
            guard let componentType = Self.componentType(customID: customID, in: found["components"] ?? .array([])) else {
                throw SandboxInjectionError("Message \(messageText) has no component with custom_id \"\(customID)\".", status: 404)
            }
            type = 3
            data = ["custom_id": .string(customID), "component_type": .int(componentType)]
            if componentType != 2 { data["values"] = .array((request.values ?? []).map(JSONValue.string)) }
            channelID = channel
            message = found
        } else if let text = request.command {
            let line = try SandboxCommandLine(parsing: text)
            let command = try deployedCommand(named: line.name, guild: guild.id)
            let (options, resolved) = try Self.options(for: line, command: command, guild: guild)
            type = 2
            data = ["id": .snowflake(command.id), "name": .string(command.name), "type": .int(command.type)]
            if !options.isEmpty { data["options"] = .array(options) }
            if !resolved.isEmpty { data["resolved"] = .object(resolved) }
            if let guildID = command.guildID { data["guild_id"] = .snowflake(guildID) }
            channelID = try resolveChannel(request.channelId, guild: guild)
        } else {
            throw SandboxInjectionError("Give either command (e.g. \"/ping\") or custom_id with message_id.")
        }
        if let requested = request.channelId, request.customId != nil, UInt64(requested) != channelID {
            throw SandboxInjectionError("Message \(request.messageId ?? "") is in channel \(channelID), not \(requested).")
        }
        guard let channel = guild.channel(channelID) else { throw SandboxInjectionError("Unknown channel.", status: 404) }
        let permissions = guild.permissions(of: userID)
        var channelObject = channel.json.objectValue ?? [:]
        channelObject["permissions"] = .string(String(permissions))
        let token = "sandbox-interaction-" + Self.randomToken()
        var payload: [String: JSONValue] = [
            "id": .snowflake(id), "application_id": .snowflake(application.id), "type": .int(type), "data": .object(data),
            "guild_id": .snowflake(guild.id), "guild": .object(["id": .snowflake(guild.id), "locale": .string(guild.locale), "features": .array([])]),
            "channel": .object(channelObject), "channel_id": .snowflake(channelID),
            "member": member.json(permissions: permissions), "token": .string(token), "version": .int(1),
            "app_permissions": .string(String(guild.permissions(of: application.bot.id))),
            "locale": .string("en-US"), "guild_locale": .string(guild.locale), "entitlements": .array([]),
            "authorizing_integration_owners": .object(["0": .snowflake(guild.id)]), "context": .int(0),
            "attachment_size_limit": .int(10_485_760),
        ]
        if let message { payload["message"] = message }
        let interaction = SandboxInteraction(id: id, token: token, type: type, guildID: guild.id, channelID: channelID,
                                             messageID: message?["id"]?.snowflakeValue, payload: .object(payload), createdAt: clock.now)
        register(interaction)
        return interaction
    }

    private func resolveGuild(_ text: String?) throws(SandboxInjectionError) -> SandboxGuild {
        guard let text else {
            guard let first = guilds.first else { throw SandboxInjectionError("The sandbox has no guilds.") }
            return first
        }
        guard let id = UInt64(text), let guild = guild(id) else {
            throw SandboxInjectionError("Unknown guild \(text); guilds: " + guilds.map { "\($0.name) (\($0.id))" }.joined(separator: ", "),
                                        status: 404)
        }
        return guild
    }

    private func resolveChannel(_ text: String?, guild: SandboxGuild) throws(SandboxInjectionError) -> UInt64 {
        guard let text else {
            guard let first = guild.channels.first(where: { $0.type == SandboxChannel.text }) else {
                throw SandboxInjectionError("\(guild.name) has no text channel.")
            }
            return first.id
        }
        guard let id = UInt64(text), guild.channel(id) != nil else {
            throw SandboxInjectionError("Channel \(text) is not in \(guild.name); channels: "
                + guild.channels.map { "#\($0.name) (\($0.id))" }.joined(separator: ", "), status: 404)
        }
        return id
    }

    /// The guild's command of that name, else the global one (Discord shows both; a guild
    /// command of the same name is the one the user picks in that guild).
    private func deployedCommand(named name: String, guild: UInt64) throws(SandboxInjectionError) -> SandboxApplicationCommand {
        let candidates = (guildCommands[guild] ?? []) + globalCommands
        if let command = candidates.first(where: { $0.name == name && $0.type == 1 }) { return command }
        let deployed = candidates.filter { $0.type == 1 }.map { "/" + $0.name }
        let list = deployed.isEmpty ? "none: has the bot deployed its commands (PUT .../commands)?" : deployed.joined(separator: ", ")
        throw SandboxInjectionError("No command /\(name) is deployed in this guild. Deployed: \(list)", status: 404)
    }

    private func findMessage(_ id: UInt64, guild: UInt64) -> (UInt64, JSONValue)? {
        for (channel, messages) in messages {
            if let message = messages[id], locate(channel: channel).map({ guilds[$0.guild].id }) == guild {
                return (channel, message)
            }
        }
        for interaction in interactions.values where interaction.guildID == guild {
            for message in [interaction.original].compactMap({ $0 }) + interaction.followUps where message["id"]?.snowflakeValue == id {
                return (interaction.channelID, message)
            }
        }
        return nil
    }

    /// The `type` of the component with that custom id, searching action rows and containers.
    static func componentType(customID: String, in node: JSONValue) -> Int? {
        switch node {
        case .array(let items):
            for item in items { if let found = componentType(customID: customID, in: item) { return found } }
        case .object(let object):
            if object["custom_id"]?.stringValue == customID { return object["type"]?.intValue }
            for key in ["components", "accessory", "component"] {
                if let child = object[key], let found = componentType(customID: customID, in: child) { return found }
            }
        default: break
        }
        return nil
    }

    static func randomToken() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<64).map { _ in alphabet.randomElement()! })
    }

    // MARK: Outcome

    static let callbackNames = [
        1: "PONG", 4: "CHANNEL_MESSAGE_WITH_SOURCE", 5: "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE",
        6: "DEFERRED_UPDATE_MESSAGE", 7: "UPDATE_MESSAGE", 8: "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT", 9: "MODAL",
    ]

    func outcome(_ id: UInt64, invocation: String, startedAt: ContinuousClock.Instant, timedOut: Bool) -> SandboxInteractionOutcome? {
        guard let interaction = interactions[id] else { return nil }
        let elapsed = (ContinuousClock.now - startedAt).seconds * 1000
        let acknowledged = interaction.acknowledgedAt.map { ($0 - interaction.createdAt).seconds * 1000 }
        let response = interaction.originalDeleted ? nil : interaction.original.flatMap(Self.report)
        var problem: String?
        switch interaction.state {
        case .pending:
            problem = "The bot did not acknowledge the interaction (Discord allows 3 s). "
                + "Is odysseyd running with DISCORD_API_BASE_URL pointing at this sandbox and connected to its gateway?"
        case .deferred where !interaction.isSettled:
            problem = "The bot deferred but has not edited its response yet."
        default:
            if clock.now > interaction.createdAt + SandboxInteraction.acknowledgeWindow, interaction.acknowledgedAt == nil {
                problem = "The 3 s acknowledgement deadline passed."
            }
        }
        return SandboxInteractionOutcome(
            interactionId: String(id), kind: interaction.type == 3 ? "component" : "command", invocation: invocation,
            guildId: interaction.guildID.map(String.init) ?? "", channelId: String(interaction.channelID),
            userId: interaction.payload["member"]?["user"]?["id"]?.stringValue ?? "",
            acknowledged: interaction.state != .pending, callbackType: interaction.callbackType,
            callbackName: interaction.callbackType.flatMap { Self.callbackNames[$0] }, callbackData: interaction.callbackData,
            deferred: interaction.callbackType == 5 || interaction.callbackType == 6,
            ephemeral: response?.ephemeral ?? ((interaction.callbackData?["flags"]?.intValue ?? 0) & Self.ephemeralFlag != 0),
            acknowledgedMilliseconds: acknowledged, elapsedMilliseconds: elapsed, timedOut: timedOut,
            response: response, followUps: interaction.followUps.compactMap(Self.report), problem: problem
        )
    }

    static func report(_ message: JSONValue) -> SandboxMessageReport? {
        guard let id = message["id"]?.stringValue else { return nil }
        return SandboxMessageReport(id: id, channelId: message["channel_id"]?.stringValue ?? "",
                                    content: message["content"]?.stringValue ?? "", embeds: message["embeds"]?.arrayValue ?? [],
                                    components: message["components"]?.arrayValue ?? [], flags: message["flags"]?.intValue ?? 0)
    }
}
