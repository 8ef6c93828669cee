import Foundation
import Shared

extension SandboxWorld {
    /// Manage Channels (1 << 4), Manage Roles (1 << 28), Mute Members (1 << 22): what the bot
    /// needs for the guild writes the sandbox serves (topics/permissions.mdx).
    static let manageChannels: UInt64 = 1 << 4
    static let manageRoles: UInt64 = 1 << 28
    static let muteMembers: UInt64 = 1 << 22

    private func requireBot(_ permission: UInt64, in guild: SandboxGuild) throws(SandboxRESTError) {
        guard guild.permissions(of: application.bot.id) & permission != 0 else { throw SandboxRESTError.missingPermissions }
    }

    func createChannel(guild guildID: UInt64, fields: [String: JSONValue]) throws(SandboxRESTError) -> JSONValue {
        guard let index = guildIndex(guildID) else { throw SandboxRESTError.unknownGuild }
        try requireBot(Self.manageChannels, in: guilds[index])
        guard let name = fields["name"]?.stringValue, !name.isEmpty else {
            throw SandboxRESTError.invalidFormBody(at: "name", code: "BASE_TYPE_REQUIRED", message: "This field is required")
        }
        guard name.count <= 100 else {
            throw SandboxRESTError.invalidFormBody(at: "name", code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 100 in length.")
        }
        let type = fields["type"]?.intValue ?? SandboxChannel.text
        guard [SandboxChannel.text, SandboxChannel.voice, SandboxChannel.category, SandboxChannel.announcement,
               SandboxChannel.stage].contains(type) else {
            throw SandboxRESTError.invalidFormBody(at: "type", code: "BASE_TYPE_CHOICES", message: "Value must be one of {0, 2, 4, 5, 13}.")
        }
        // Discord lowercases text channel names and turns spaces into dashes.
        let stored = type == SandboxChannel.text || type == SandboxChannel.announcement
            ? name.lowercased().replacingOccurrences(of: " ", with: "-") : name
        let channel = SandboxChannel(id: ids.next(), guildID: guildID, name: stored, type: type,
                                     position: fields["position"]?.intValue ?? guilds[index].channels.count,
                                     topic: fields["topic"]?.stringValue, parentID: fields["parent_id"]?.snowflakeValue)
        guilds[index].channels.append(channel)
        emit("CHANNEL_CREATE", channel.json, guildID: guildID)
        return channel.json
    }

    func modifyChannel(_ id: UInt64, changes: [String: JSONValue]) throws(SandboxRESTError) -> JSONValue {
        guard let (index, original) = locate(channel: id) else { throw SandboxRESTError.unknownChannel }
        try requireBot(Self.manageChannels, in: guilds[index])
        var channel = original
        if let name = changes["name"] {
            guard let text = name.stringValue, (1...100).contains(text.count) else {
                throw SandboxRESTError.invalidFormBody(at: "name", code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 100 in length.")
            }
            channel.name = text
        }
        if let topic = changes["topic"] {
            if let text = topic.stringValue, text.count > 1024 {
                throw SandboxRESTError.invalidFormBody(at: "topic", code: "BASE_TYPE_MAX_LENGTH", message: "Must be 1024 or fewer in length.")
            }
            channel.topic = topic.stringValue
        }
        if let position = changes["position"]?.intValue { channel.position = position }
        if let parent = changes["parent_id"] { channel.parentID = parent.snowflakeValue }
        guard let slot = guilds[index].channels.firstIndex(where: { $0.id == id }) else { throw SandboxRESTError.unknownChannel }
        guilds[index].channels[slot] = channel
        emit("CHANNEL_UPDATE", channel.json, guildID: channel.guildID)
        return channel.json
    }

    func deleteChannel(_ id: UInt64) throws(SandboxRESTError) -> JSONValue {
        guard let (index, channel) = locate(channel: id) else { throw SandboxRESTError.unknownChannel }
        try requireBot(Self.manageChannels, in: guilds[index])
        guilds[index].channels.removeAll { $0.id == id }
        guilds[index].voiceStates.removeAll { $0.channelID == id }
        messages[id] = nil
        emit("CHANNEL_DELETE", channel.json, guildID: channel.guildID)
        return channel.json
    }

    /// Add or remove a role; refused with 50013 unless the role is below the bot's highest role
    /// and the bot may manage roles (topics/permissions.mdx, "Permission Hierarchy").
    func changeRole(guild guildID: UInt64, user: UInt64, role roleID: UInt64, add: Bool) throws(SandboxRESTError) {
        guard let index = guildIndex(guildID) else { throw SandboxRESTError.unknownGuild }
        let guild = guilds[index]
        guard let role = guild.role(roleID), roleID != guildID else { throw SandboxRESTError.unknownRole }
        guard let memberIndex = guild.members.firstIndex(where: { $0.user.id == user }) else { throw SandboxRESTError.unknownMember }
        try requireBot(Self.manageRoles, in: guild)
        guard role.position < guild.highestRolePosition(of: application.bot.id), !role.managed else {
            throw SandboxRESTError.missingPermissions
        }
        var member = guild.members[memberIndex]
        if add {
            if !member.roles.contains(roleID) { member.roles.append(roleID) }
        } else {
            member.roles.removeAll { $0 == roleID }
        }
        guard member != guild.members[memberIndex] else { return } // nothing changed: no event, as Discord
        guilds[index].members[memberIndex] = member
        var update = member.json().objectValue ?? [:]
        update["guild_id"] = .snowflake(guildID)
        emit("GUILD_MEMBER_UPDATE", .object(update), guildID: guildID)
    }

    /// Modify User Voice State (resources/voice.mdx): on a stage, `suppress` moves a member between
    /// audience and speakers; 10065 when the user is in no voice channel of the guild.
    func modifyVoiceState(guild guildID: UInt64, user: UInt64, changes: [String: JSONValue]) throws(SandboxRESTError) {
        guard let index = guildIndex(guildID) else { throw SandboxRESTError.unknownGuild }
        guard guilds[index].member(user) != nil else { throw SandboxRESTError.unknownMember }
        guard let stateIndex = guilds[index].voiceStates.firstIndex(where: { $0.userID == user }) else {
            throw SandboxRESTError.unknownVoiceState
        }
        var state = guilds[index].voiceStates[stateIndex]
        guard let channelID = changes["channel_id"]?.snowflakeValue else {
            throw SandboxRESTError.invalidFormBody(at: "channel_id", code: "BASE_TYPE_REQUIRED", message: "This field is required")
        }
        guard channelID == state.channelID, guilds[index].channel(channelID)?.type == SandboxChannel.stage else {
            throw SandboxRESTError(status: 400, code: 50024, message: "Cannot execute action on this channel type")
        }
        if user != application.bot.id { try requireBot(Self.muteMembers, in: guilds[index]) }
        if let suppress = changes["suppress"]?.boolValue {
            state.suppress = suppress
            if !suppress { state.requestToSpeakTimestamp = nil }
        }
        if let request = changes["request_to_speak_timestamp"] { state.requestToSpeakTimestamp = request.stringValue }
        guilds[index].voiceStates[stateIndex] = state
        let member = guilds[index].member(user)?.json()
        emit("VOICE_STATE_UPDATE", state.json(guildID: guildID, member: member), guildID: guildID)
    }
}
