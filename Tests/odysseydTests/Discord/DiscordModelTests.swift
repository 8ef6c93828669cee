import Foundation
import Testing
@testable import odysseyd

// Examples are copied from /work/shared/discord-docs (file named above each), with one unknown
// field and, where noted, one unknown enum value added, to prove decoding tolerates both.

private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// Encodes `value` and parses both sides with JSONSerialization, so key order and spacing do
/// not matter.
private func sameJSON(_ value: some Encodable, _ expected: String) throws -> Bool {
    let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? NSObject
    let wanted = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSObject
    return encoded != nil && encoded == wanted
}

private func text(_ count: Int) -> String { String(repeating: "a", count: count) }

@Suite("Discord models: snowflakes and permissions")
struct DiscordModelIdentityTests {
    @Test("a snowflake decodes from a string or a number and encodes as a string")
    func snowflakeWire() throws {
        let fromString = try decode([Snowflake].self, #"["175928847299117063"]"#)
        let fromNumber = try decode([Snowflake].self, "[175928847299117063]")
        #expect(fromString == [175928847299117063])
        #expect(fromNumber == fromString)
        #expect(try sameJSON([Snowflake(18446744073709551615)], #"["18446744073709551615"]"#))
        #expect(throws: DecodingError.self) { try decode([Snowflake].self, #"["12a"]"#) }
    }

    @Test("a snowflake's timestamp is its top 42 bits in milliseconds after 2015-01-01")
    func snowflakeTimestamp() {
        // Discord's worked snowflake example (its API reference page, not in the local docs copy):
        // 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
        let id: Snowflake = 175928847299117063
        #expect(id.timestamp.timeIntervalSince1970 == 1_462_015_105.796)
        #expect(Snowflake(0).timestamp == Date(timeIntervalSince1970: 1_420_070_400))
    }

    @Test("maps keyed by snowflake decode from JSON objects")
    func snowflakeKeys() throws {
        let map = try decode([Snowflake: Int].self, #"{"41771983423143936": 1}"#)
        #expect(map[41771983423143936] == 1)
    }

    @Test("permissions parse from Discord's decimal string and format back")
    func permissionsWire() throws {
        let parsed = try decode([DiscordPermissions].self, #"["268435464", 8]"#)
        #expect(parsed[0] == [.manageRoles, .administrator])
        #expect(parsed[1] == .administrator)
        #expect(try sameJSON([DiscordPermissions([.kickMembers, .banMembers])], #"["6"]"#))
        let low31 = try DiscordPermissions(parsing: "2147483647")  // bits 0...30
        #expect(low31.contains(.manageGuildExpressions))
        #expect(!low31.contains(.useApplicationCommands))
        #expect(throws: DiscordPermissionsError.self) { try DiscordPermissions(parsing: "-1") }
        #expect(throws: DecodingError.self) { try decode([DiscordPermissions].self, #"["lots"]"#) }
    }

    @Test("permission names read like Discord's settings, unknown bits included")
    func permissionNames() {
        #expect(DiscordPermissions([.manageRoles, .kickMembers]).names == ["Kick Members", "Manage Roles"])
        #expect(DiscordPermissions.useVad.names == ["Use Voice Activity"])
        #expect(DiscordPermissions(rawValue: 1 << 47 | 1 << 52).names == ["Bypass Slowmode", "Unknown (1 << 47)"])
        #expect(DiscordPermissions().names.isEmpty)
    }

    @Test("every flag of discord-docs/topics/permissions.mdx is named, each bit once")
    func everyFlagNamed() {
        #expect(DiscordPermissions.named.count == 52)
        #expect(Set(DiscordPermissions.named.map(\.permission.rawValue)).count == 52)
        #expect(DiscordPermissions.all.rawValue == (1 << 53 - 1) & ~(1 << 47))
        #expect(DiscordPermissions.bypassSlowmode.rawValue == 1 << 52)
        #expect(DiscordPermissions.pinMessages.rawValue == 0x0008000000000000)
    }
}

@Suite("Discord models: tolerant enums")
struct DiscordModelEnumTests {
    @Test("known values decode to their case, unknown ones to .unknown and back")
    func unknownValues() throws {
        let types = try decode([ChannelType].self, "[0, 2, 4, 13, 99]")
        #expect(types == [.guildText, .guildVoice, .guildCategory, .guildStageVoice, .unknown(99)])
        #expect(types.map(\.isKnown) == [true, true, true, true, false])
        #expect(try sameJSON(types, "[0, 2, 4, 13, 99]"))
        #expect(InteractionType(rawValue: 5) == .modalSubmit)
        #expect(ComponentType(rawValue: 18) == .label)
        #expect(ButtonStyle(rawValue: 42) == .unknown(42))
    }

    @Test("each enum's known cases have distinct numbers that map back to them")
    func roundTrips() {
        func check<E: DiscordEnum>(_: E.Type) {
            #expect(Set(E.knownCases.map(\.rawValue)).count == E.knownCases.count, "\(E.self)")
            for known in E.knownCases { #expect(E(rawValue: known.rawValue) == known) }
        }
        check(InteractionType.self)
        check(ApplicationCommandType.self)
        check(ApplicationCommandOptionType.self)
        check(ChannelType.self)
        check(ComponentType.self)
        check(ButtonStyle.self)
        check(TextInputStyle.self)
        check(InteractionCallbackType.self)
        check(InteractionContextType.self)
        check(PermissionOverwriteType.self)
    }
}

@Suite("Discord models: decoding documentation examples")
struct DiscordModelDecodingTests {
    @Test("slash command interaction (interactions/application-commands.mdx)")
    func slashCommandInteraction() throws {
        let interaction = try decode(Interaction.self, """
        {
            "type": 2,
            "token": "A_UNIQUE_TOKEN",
            "member": {
                "user": {
                    "id": "53908232506183680",
                    "username": "Mason",
                    "avatar": "a_d5efa99b3eeaa7dd43acca82f5692432",
                    "discriminator": "1337",
                    "public_flags": 131141
                },
                "roles": ["539082325061836999"],
                "premium_since": null,
                "permissions": "2147483647",
                "pending": false,
                "nick": null,
                "mute": false,
                "joined_at": "2017-03-13T19:19:14.040000+00:00",
                "is_pending": false,
                "deaf": false
            },
            "id": "786008729715212338",
            "guild_id": "290926798626357999",
            "app_permissions": "442368",
            "guild_locale": "en-US",
            "locale": "en-US",
            "data": {
                "options": [{
                    "type": 3,
                    "name": "cardname",
                    "value": "The Gitrog Monster"
                }],
                "type": 1,
                "name": "cardsearch",
                "id": "771825006014889984"
            },
            "channel_id": "645027906669510667",
            "brand_new_field": {"nested": [1, 2]}
        }
        """)
        #expect(interaction.id == 786008729715212338)
        #expect(interaction.type == .applicationCommand)
        #expect(interaction.token == "A_UNIQUE_TOKEN")
        #expect(interaction.version == 1)
        #expect(interaction.guildID == 290926798626357999)
        #expect(interaction.channelID == 645027906669510667)
        #expect(interaction.locale == "en-US")
        #expect(interaction.guildLocale == "en-US")
        #expect(interaction.appPermissions == DiscordPermissions(rawValue: 442368))
        #expect(interaction.appPermissions?.contains(.embedLinks) == true)
        let member = try #require(interaction.member)
        #expect(member.roles == [539082325061836999])
        #expect(member.permissions == DiscordPermissions(rawValue: 2147483647))
        #expect(member.permissions?.contains(.administrator) == true)
        #expect(interaction.invokingUser?.username == "Mason")
        #expect(interaction.invokingUser?.publicFlags == 131141)
        guard case .command(let command)? = interaction.data else {
            Issue.record("expected command data, got \(String(describing: interaction.data))")
            return
        }
        #expect(command.name == "cardsearch")
        #expect(command.type == .chatInput)
        #expect(command.id == 771825006014889984)
        #expect(command.option("cardname")?.value == .string("The Gitrog Monster"))
        #expect(command.commandPath == ["cardsearch"])
    }

    @Test("DM interaction carries user instead of member; an unknown interaction type keeps data nil")
    func dmAndUnknownType() throws {
        let dm = try decode(Interaction.self, """
        {"id": "1", "application_id": "2", "type": 3, "token": "t", "version": 1,
         "user": {"id": "80351110224678912", "username": "Nelly", "global_name": "Nel"},
         "data": {"custom_id": "duel:accept:42", "component_type": 2},
         "message": {"id": "334385199974967042", "channel_id": "290926798999357250", "content": "hi"}}
        """)
        #expect(dm.member == nil)
        #expect(dm.invokingUser?.displayName == "Nel")
        #expect(dm.applicationID == 2)
        #expect(dm.message?.content == "hi")
        #expect(dm.data == .component(MessageComponentData(customID: "duel:accept:42", componentType: .button)))

        let future = try decode(Interaction.self, #"{"id": "1", "application_id": "2", "type": 77, "token": "t", "data": {"shape": "new"}}"#)
        #expect(future.type == .unknown(77))
        #expect(future.data == nil)
    }

    @Test("subcommand groups, resolved users and members, and the focused autocomplete option")
    func subcommandsAndResolved() throws {
        let interaction = try decode(Interaction.self, """
        {"id": "10", "application_id": "11", "type": 4, "token": "t", "guild_id": "12",
         "data": {"id": "13", "name": "duel", "type": 1, "guild_id": "12",
           "options": [{"type": 2, "name": "admin", "options": [
             {"type": 1, "name": "reset", "options": [
               {"type": 6, "name": "player", "value": "53908232506183680"},
               {"type": 10, "name": "factor", "value": 3},
               {"type": 4, "name": "rounds", "value": "-", "focused": true},
               {"type": 99, "name": "future", "value": true}
             ]}
           ]}],
           "resolved": {
             "users": {"53908232506183680": {"id": "53908232506183680", "username": "Mason"}},
             "members": {"53908232506183680": {"roles": ["7"], "nick": "M", "permissions": "8"}},
             "roles": {"7": {"id": "7", "name": "Duelists", "permissions": "0", "color": 0}},
             "channels": {"9": {"id": "9", "type": 2, "name": "Lobby", "permissions": "1024"}}
           }}}
        """)
        guard case .command(let command)? = interaction.data else {
            Issue.record("expected command data")
            return
        }
        #expect(command.commandPath == ["duel", "admin", "reset"])
        #expect(command.leafOptions.map(\.name) == ["player", "factor", "rounds", "future"])
        #expect(command.option("player")?.value?.snowflake == 53908232506183680)
        #expect(command.option("factor")?.value == .number(3))
        #expect(command.option("factor")?.value?.number == 3)
        // Autocomplete sends partial input as typed, even for an integer option.
        #expect(command.focusedOption?.name == "rounds")
        #expect(command.focusedOption?.value == .string("-"))
        #expect(command.option("future")?.type == .unknown(99))
        #expect(command.option("future")?.value == .boolean(true))
        let resolved = try #require(command.resolved)
        let member = try #require(resolved.member(53908232506183680))
        #expect(member.user?.username == "Mason")
        #expect(member.nick == "M")
        #expect(member.permissions == .administrator)
        #expect(resolved.roles[7]?.name == "Duelists")
        #expect(resolved.channels[9]?.type == .guildVoice)
        #expect(resolved.channels[9]?.permissions == .viewChannel)
    }

    @Test("autocomplete data (interactions/application-commands.mdx, Autocomplete)")
    func autocompleteData() throws {
        let data = try decode(ApplicationCommandData.self, """
        {
          "id": "816437322781949972",
          "name": "airhorn",
          "type": 1,
          "version": "847194950382780532",
          "options": [
            {
              "type": 3,
              "name": "variant",
              "value": "data a user is typ",
              "focused": true
            }
          ]
        }
        """)
        #expect(data.focusedOption?.name == "variant")
        #expect(data.focusedOption?.value?.string == "data a user is typ")
    }

    @Test("string select submitted in a message (components/reference.mdx)")
    func selectComponent() throws {
        let interaction = try decode(Interaction.self, """
        {"id": "1", "application_id": "2", "type": 3, "token": "t",
         "data": {"custom_id": "favorite_bug", "component_type": 3, "values": ["ant", "butterfly"], "id": 5}}
        """)
        guard case .component(let component)? = interaction.data else {
            Issue.record("expected component data")
            return
        }
        #expect(component.customID == "favorite_bug")
        #expect(component.componentType == .stringSelect)
        #expect(component.values == ["ant", "butterfly"])
    }

    @Test("modal submit with a Label and with a legacy action row (components/reference.mdx)")
    func modalSubmit() throws {
        let interaction = try decode(Interaction.self, """
        {
          "id": "1", "application_id": "2", "token": "t",
          "type": 5,
          "data": {
            "custom_id": "game_feedback_modal",
            "components": [
              {
                "type": 18,
                "id": 1,
                "component": {
                  "type": 4,
                  "id": 2,
                  "custom_id": "game_feedback",
                  "value": "The recent changes to acceleration feel much better, but shadows still need help"
                }
              },
              {"type": 1, "components": [{"type": 4, "custom_id": "rating", "value": "4"}]},
              {"type": 18, "component": {"type": 3, "custom_id": "favorite_bug", "values": ["butterfly"]}},
              {"type": 42, "custom_id": "from_the_future"}
            ]
          }
        }
        """)
        guard case .modalSubmit(let modal)? = interaction.data else {
            Issue.record("expected modal submit data")
            return
        }
        #expect(modal.customID == "game_feedback_modal")
        #expect(modal.textValues == [
            "game_feedback": "The recent changes to acceleration feel much better, but shadows still need help",
            "rating": "4",
        ])
        #expect(modal.components[2].children.first?.values == ["butterfly"])
        #expect(modal.components[3].type == .unknown(42))
    }

    @Test("user (resources/user.mdx)")
    func user() throws {
        let user = try decode(User.self, """
        {
          "id": "80351110224678912",
          "username": "Nelly",
          "global_name": null,
          "discriminator": "1337",
          "avatar": "8342729096ea3675442027381ff50dfe",
          "verified": true,
          "email": "nelly@discord.com",
          "flags": 64,
          "banner": "06c16474723fe537c283b8efa61a30c8",
          "accent_color": 16711680,
          "premium_type": 0,
          "public_flags": 64,
          "avatar_decoration_data": {
            "sku_id": "1144058844004233369",
            "asset": "a_fed43ab12698df65902ba06727e20c0e"
          }
        }
        """)
        #expect(user.id == 80351110224678912)
        #expect(user.globalName == nil)
        #expect(user.displayName == "Nelly")
        #expect(user.discriminator == "1337")
        #expect(user.publicFlags == 64)
    }

    @Test("guild member (resources/guild.mdx) with its placeholder empty user")
    func guildMember() throws {
        let member = try decode(GuildMember.self, """
        {
          "user": {},
          "nick": "NOT API SUPPORT",
          "avatar": null,
          "banner": null,
          "roles": [],
          "joined_at": "2015-04-26T06:26:56.936000+00:00",
          "deaf": false,
          "mute": false,
          "flags": 0
        }
        """)
        #expect(member.user == nil)
        #expect(member.nick == "NOT API SUPPORT")
        #expect(member.roles.isEmpty)
        #expect(member.joinedAt == "2015-04-26T06:26:56.936000+00:00")
        #expect(member.deaf == false)
    }

    @Test("role (topics/permissions.mdx)")
    func role() throws {
        let role = try decode(Role.self, """
        {
          "id": "41771983423143936",
          "name": "WE DEM BOYZZ!!!!!!",
          "color": 3447003,
          "colors": {
            "primary_color": 3447003,
            "secondary_color": null,
            "tertiary_color": null
          },
          "hoist": true,
          "icon": "cf3ced8600b777c9486c6d8d84fb4327",
          "unicode_emoji": null,
          "position": 1,
          "permissions": "66321471",
          "managed": false,
          "mentionable": false,
          "flags": 0
        }
        """)
        #expect(role.name == "WE DEM BOYZZ!!!!!!")
        #expect(role.color == 3447003)
        #expect(role.permissions == DiscordPermissions(rawValue: 66321471))
        #expect(role.permissions?.contains(.manageRoles) == false)
        #expect(role.managed == false)
    }

    @Test("voice and announcement channels (resources/channel.mdx), and an unknown channel type")
    func channels() throws {
        // The docs' voice example ends in a trailing comma, which is not JSON; removed here.
        let voice = try decode(DiscordChannel.self, """
        {
          "id": "155101607195836416",
          "last_message_id": "174629835082649376",
          "type": 2,
          "name": "ROCKET CHEESE",
          "position": 5,
          "parent_id": null,
          "bitrate": 64000,
          "user_limit": 0,
          "rtc_region": null,
          "guild_id": "41771983423143937",
          "permission_overwrites": [{"id": "41771983423143937", "type": 0, "allow": "0", "deny": "1048576"}],
          "rate_limit_per_user": 0,
          "nsfw": false
        }
        """)
        #expect(voice.type == .guildVoice)
        #expect(voice.isVoice)
        #expect(voice.parentID == nil)
        #expect(voice.bitrate == 64000)
        #expect(voice.permissionOverwrites == [PermissionOverwrite(id: 41771983423143937, type: .role, allow: [], deny: .connect)])

        let announcement = try decode(DiscordChannel.self, """
        {
          "id": "41771983423143937",
          "guild_id": "41771983423143937",
          "name": "important-news",
          "type": 5,
          "position": 6,
          "permission_overwrites": [],
          "nsfw": true,
          "topic": "Rumors about Half Life 3",
          "last_message_id": "155117677105512449",
          "parent_id": "399942396007890945",
          "default_auto_archive_duration": 60
        }
        """)
        #expect(announcement.type == .guildAnnouncement)
        #expect(announcement.parentID == 399942396007890945)
        #expect(!announcement.isVoice)

        let future = try decode(DiscordChannel.self, #"{"id": "1", "type": 77, "name": "holo-deck"}"#)
        #expect(future.type == .unknown(77))
    }

    @Test("voice state (resources/voice.mdx)")
    func voiceState() throws {
        let state = try decode(VoiceState.self, """
        {
          "channel_id": "157733188964188161",
          "user_id": "80351110224678912",
          "session_id": "90326bd25d71d39b9ef95b299e3872ff",
          "deaf": false,
          "mute": false,
          "self_deaf": false,
          "self_mute": true,
          "suppress": false,
          "request_to_speak_timestamp": "2021-03-31T18:45:31.297561+00:00",
          "brand_new_field": 1
        }
        """)
        #expect(state.channelID == 157733188964188161)
        #expect(state.userID == 80351110224678912)
        #expect(state.selfMute)
        #expect(state.selfVideo == nil)
    }

    @Test("message (resources/message.mdx) with an embed and components, one of a new type")
    func message() throws {
        let message = try decode(Message.self, """
        {
          "reactions": [{"count": 1, "me": false, "emoji": {"id": null, "name": "🔥"}}],
          "attachments": [],
          "tts": false,
          "embeds": [{"type": "rich", "title": "Score", "color": 3447003,
                      "fields": [{"name": "Ann", "value": "3", "inline": true}],
                      "timestamp": "2017-07-11T17:27:07.299000+00:00"}],
          "components": [
            {"type": 1, "components": [{"type": 2, "style": 1, "label": "Click Me", "custom_id": "click_me_1"},
                                       {"type": 2, "style": 5, "label": "Docs", "url": "https://example.org"}]},
            {"type": 10, "content": "This is a Text Display component."}
          ],
          "timestamp": "2017-07-11T17:27:07.299000+00:00",
          "mention_everyone": false,
          "id": "334385199974967042",
          "pinned": false,
          "edited_timestamp": null,
          "author": {
            "username": "Mason",
            "discriminator": "9999",
            "id": "53908099506183680",
            "avatar": "a_bab14f271d565501444b2ca3be944b25"
          },
          "mention_roles": [],
          "content": "Supa Hot",
          "channel_id": "290926798999357250",
          "mentions": [],
          "type": 0,
          "flags": 64
        }
        """)
        #expect(message.id == 334385199974967042)
        #expect(message.channelID == 290926798999357250)
        #expect(message.content == "Supa Hot")
        #expect(message.author?.username == "Mason")
        #expect(message.flags == .ephemeral)
        #expect(message.embeds.first?.title == "Score")
        #expect(message.embeds.first?.fields?.first == EmbedField(name: "Ann", value: "3", inline: true))
        let stamp = try #require(message.embeds.first?.timestamp)
        #expect(abs(stamp.timeIntervalSince1970 - 1_499_794_027.299) < 0.0005)
        #expect(message.components.count == 2)
        guard case .actionRow(let row) = message.components[0] else {
            Issue.record("expected an action row")
            return
        }
        #expect(row.components == [
            .button(Button(style: .primary, label: "Click Me", customID: "click_me_1")),
            .button(.link(label: "Docs", url: "https://example.org")),
        ])
        #expect(message.components[1] == .unsupported(.textDisplay))
    }

    @Test("application command as GET returns it (interactions/application-commands.mdx)")
    func applicationCommand() throws {
        let command = try decode(ApplicationCommand.self, """
        {
            "id": "1",
            "application_id": "2",
            "version": "3",
            "default_member_permissions": null,
            "name": "blep",
            "type": 1,
            "description": "Send a random adorable animal photo",
            "name_localizations": {"zh-CN": "生日"},
            "description_localizations": null,
            "dm_permission": true,
            "contexts": [0, 1, 9],
            "integration_types": [0],
            "nsfw": false,
            "options": [
                {
                    "name": "animal",
                    "description": "The type of animal",
                    "type": 3,
                    "required": true,
                    "choices": [
                        {"name": "Dog", "value": "animal_dog"},
                        {"name": "Cat", "value": "animal_cat"},
                        {"name": "Penguin", "value": "animal_penguin"}
                    ]
                },
                {"name": "only_smol", "description": "Whether to show only baby animals", "type": 5, "required": false},
                {"name": "size", "description": "How big", "type": 4, "min_value": 1, "max_value": 10, "autocomplete": true},
                {"name": "where", "description": "Channel", "type": 7, "channel_types": [0, 2, 13]},
                {"name": "future", "description": "New option type", "type": 12, "brand_new": true}
            ]
        }
        """)
        #expect(command.id == 1)
        #expect(command.name == "blep")
        #expect(command.type == .chatInput)
        #expect(command.defaultMemberPermissions == nil)
        #expect(command.nameLocalizations == ["zh-CN": "生日"])
        #expect(command.contexts == [.guild, .botDM, .unknown(9)])
        let options = try #require(command.options)
        #expect(options[0].choices?.map(\.value) == [.string("animal_dog"), .string("animal_cat"), .string("animal_penguin")])
        #expect(options[2].minValue == .integer(1))
        #expect(options[2].autocomplete == true)
        #expect(options[3].channelTypes == [.guildText, .guildVoice, .guildStageVoice])
        #expect(options[4].type == .unknown(12))
    }
}

@Suite("Discord models: encoding requests")
struct DiscordModelEncodingTests {
    @Test("a message payload encodes with Discord's field names and omits what is unset")
    func messagePayload() throws {
        let payload = MessagePayload(
            content: "Duel over",
            embeds: [Embed(title: "Result", description: "Ann wins", url: "https://example.org/d/1", color: 0x2ECC71,
                           fields: [EmbedField(name: "Score", value: "3–1", inline: true)],
                           footer: EmbedFooter(text: "Odyssey", iconURL: "https://example.org/i.png"),
                           author: EmbedAuthor(name: "Referee"),
                           timestamp: Date(timeIntervalSince1970: 1_499_794_027.299))],
            components: [.actionRow(ActionRow([
                .button(Button(style: .success, label: "Rematch", customID: "duel:rematch:1")),
                .button(.link(label: "Rules", url: "https://example.org/rules")),
            ])), .actionRow(ActionRow([
                .stringSelect(StringSelect(customID: "duel:pick", options: [
                    SelectOption(label: "Sword", value: "sword", description: "Sharp", isDefault: true),
                ], placeholder: "Weapon", minValues: 1, maxValues: 1)),
            ]))],
            allowedMentions: AllowedMentions(users: [53908232506183680]),
            flags: [.ephemeral, .suppressEmbeds]
        )
        #expect(try sameJSON(payload, """
        {
          "content": "Duel over",
          "embeds": [{
            "title": "Result", "description": "Ann wins", "url": "https://example.org/d/1", "color": 3066993,
            "fields": [{"name": "Score", "value": "3–1", "inline": true}],
            "footer": {"text": "Odyssey", "icon_url": "https://example.org/i.png"},
            "author": {"name": "Referee"},
            "timestamp": "2017-07-11T17:27:07.299Z"
          }],
          "components": [
            {"type": 1, "components": [
              {"type": 2, "style": 3, "label": "Rematch", "custom_id": "duel:rematch:1"},
              {"type": 2, "style": 5, "label": "Rules", "url": "https://example.org/rules"}
            ]},
            {"type": 1, "components": [
              {"type": 3, "custom_id": "duel:pick", "placeholder": "Weapon", "min_values": 1, "max_values": 1,
               "options": [{"label": "Sword", "value": "sword", "description": "Sharp", "default": true}]}
            ]}
          ],
          "allowed_mentions": {"parse": [], "users": ["53908232506183680"]},
          "flags": 68
        }
        """))
        #expect(try sameJSON(MessagePayload(), "{}"))
    }

    @Test("a payload read back equals the one written")
    func payloadRoundTrip() throws {
        let payload = MessagePayload(content: "x", embeds: [Embed(title: "t", timestamp: Date(timeIntervalSince1970: 1_700_000_000.5))],
                                     components: [.actionRow(ActionRow([.button(Button(style: .danger, label: "No", customID: "no"))]))],
                                     allowedMentions: .nobody, flags: .ephemeral)
        let decoded = try JSONDecoder().decode(MessagePayload.self, from: JSONEncoder().encode(payload))
        #expect(decoded == payload)
    }

    @Test("every interaction response type encodes as receiving-and-responding.mdx shows")
    func interactionResponses() throws {
        #expect(try sameJSON(InteractionResponse.pong, #"{"type": 1}"#))
        #expect(try sameJSON(InteractionResponse.message(MessagePayload(content: "Hi", flags: .ephemeral)),
                             #"{"type": 4, "data": {"content": "Hi", "flags": 64}}"#))
        #expect(try sameJSON(InteractionResponse.deferredMessage(ephemeral: true), #"{"type": 5, "data": {"flags": 64}}"#))
        #expect(try sameJSON(InteractionResponse.deferredMessage(ephemeral: false), #"{"type": 5}"#))
        #expect(try sameJSON(InteractionResponse.deferredUpdate, #"{"type": 6}"#))
        #expect(try sameJSON(InteractionResponse.updateMessage(MessagePayload(content: "Edited", components: [])),
                             #"{"type": 7, "data": {"content": "Edited", "components": []}}"#))
        #expect(try sameJSON(InteractionResponse.autocomplete([
            CommandChoice(name: "Dog", value: .string("animal_dog")),
            CommandChoice(name: "Ten", value: .integer(10)),
            CommandChoice(name: "Half", value: .number(0.5)),
        ]), #"{"type": 8, "data": {"choices": [{"name": "Dog", "value": "animal_dog"}, {"name": "Ten", "value": 10}, {"name": "Half", "value": 0.5}]}}"#))
        let modal = ModalPayload(customID: "report:9", title: "Report", components: [
            .actionRow(ActionRow([.textInput(TextInput(customID: "reason", style: .paragraph, label: "Why?",
                                                        minLength: 10, maxLength: 500, required: true, placeholder: "Tell us"))])),
        ])
        #expect(try sameJSON(InteractionResponse.modal(modal), """
        {"type": 9, "data": {"custom_id": "report:9", "title": "Report", "components": [
          {"type": 1, "components": [{"type": 4, "custom_id": "reason", "style": 2, "label": "Why?",
            "min_length": 10, "max_length": 500, "required": true, "placeholder": "Tell us"}]}]}}
        """))
    }

    @Test("a component of a kind the daemon does not build refuses to encode")
    func unsupportedComponent() {
        #expect(throws: EncodingError.self) {
            try JSONEncoder().encode(MessagePayload(components: [.unsupported(.textDisplay)]))
        }
    }

    /// `default_member_permissions` goes out as an integer: the docs write it as a string, but
    /// Discord's OpenAPI description (which request bodies are validated against) types it as
    /// an integer, and Discord accepts both.
    @Test("a command definition encodes as the bulk overwrite body")
    func commandDefinition() throws {
        let definition = ApplicationCommandDefinition(
            name: "permissions_test", type: .chatInput, description: "A test of default permissions",
            options: [ApplicationCommandOption(type: .integer, name: "n", description: "How many", minValue: .integer(1))],
            defaultMemberPermissions: .manageGuild, contexts: [.guild]
        )
        #expect(try sameJSON(definition, """
        {"name": "permissions_test", "type": 1, "description": "A test of default permissions",
         "default_member_permissions": 32, "contexts": [0],
         "options": [{"type": 4, "name": "n", "description": "How many", "min_value": 1}]}
        """))
    }
}

@Suite("Discord models: command definitions compare as Discord normalises them")
struct DiscordModelCommandEqualityTests {
    let declared = ApplicationCommandDefinition(name: "blep", description: "Send a random adorable animal photo", options: [
        ApplicationCommandOption(type: .string, name: "animal", description: "The type of animal", required: true,
                                 choices: [CommandChoice(name: "Dog", value: .string("animal_dog"))]),
        ApplicationCommandOption(type: .number, name: "weight", description: "Kilograms", minValue: .number(2)),
        ApplicationCommandOption(type: .channel, name: "where", description: "Channel", channelTypes: [.guildVoice, .guildText]),
    ])

    @Test("defaults Discord fills in equal the missing fields they replace")
    func defaultsMatch() throws {
        let remote = try decode(ApplicationCommand.self, """
        {"id": "1", "application_id": "2", "version": "3", "type": 1, "name": "blep",
         "description": "Send a random adorable animal photo", "name_localizations": null,
         "description_localizations": null, "default_member_permissions": null, "dm_permission": true,
         "nsfw": false, "contexts": null, "integration_types": [0],
         "options": [
           {"type": 3, "name": "animal", "description": "The type of animal", "required": true,
            "name_localizations": null, "choices": [{"name": "Dog", "value": "animal_dog", "name_localizations": null}]},
           {"type": 10, "name": "weight", "description": "Kilograms", "required": false, "min_value": 2},
           {"type": 7, "name": "where", "description": "Channel", "channel_types": [0, 2], "autocomplete": false}
         ]}
        """)
        #expect(remote.definition == declared)
    }

    @Test("integration types and contexts left unset match whatever the app's defaults made them")
    func appDefaultedFields() {
        var remote = declared
        remote.contexts = [.guild, .botDM, .privateChannel]
        remote.integrationTypes = [0]
        #expect(remote == declared)
        var pinned = declared
        pinned.contexts = [.guild]
        #expect(remote != pinned)
    }

    @Test("a real change is a difference", arguments: [
        "description", "required", "choice", "permissions", "dm", "type", "nsfw", "contexts", "option order",
    ])
    func changesDiffer(change: String) {
        var changed = declared
        switch change {
        case "description": changed.description = "Something else"
        case "required": changed.options?[0].required = false
        case "choice": changed.options?[0].choices = [CommandChoice(name: "Dog", value: .string("dog"))]
        case "permissions": changed.defaultMemberPermissions = DiscordPermissions(rawValue: 0)
        case "dm": changed.dmPermission = false
        case "type": changed.type = .user
        case "nsfw": changed.nsfw = true
        case "contexts": changed.contexts = [.guild]
        default: changed.options?.reverse()
        }
        var other = declared
        if change == "contexts" { other.contexts = [.guild, .botDM] }
        #expect(changed != other)
    }
}

@Suite("Discord models: request limits")
struct DiscordModelLimitTests {
    /// One limit: a request built with `size` of something, its maximum, and the path
    /// Discord's error would name when the maximum is passed by one.
    struct Limit: Sendable, CustomTestStringConvertible {
        let name: String
        let max: Int
        let path: String
        let violations: @Sendable (Int) -> [RequestLimitViolation]
        var testDescription: String { name }
    }

    static func message(_ build: @escaping @Sendable (Int) -> MessagePayload) -> @Sendable (Int) -> [RequestLimitViolation] {
        { RequestLimits.violations(in: build($0)) }
    }

    static func row(_ components: [MessageComponent]) -> MessagePayload {
        MessagePayload(components: [.actionRow(ActionRow(components))])
    }

    static func button(_ index: Int) -> MessageComponent {
        .button(Button(style: .primary, label: "B\(index)", customID: "b\(index)"))
    }

    static func select(options: Int = 1, placeholder: String? = nil) -> StringSelect {
        StringSelect(customID: "s", options: (0..<options).map { SelectOption(label: "o\($0)", value: "v\($0)") }, placeholder: placeholder)
    }

    static func modal(title: String = "Report", label: String = "Reason", value: String? = nil) -> InteractionResponse {
        .modal(ModalPayload(customID: "m", title: title, components: [
            .actionRow(ActionRow([.textInput(TextInput(customID: "t", style: .short, label: label, value: value))])),
        ]))
    }

    static func command(name: String = "duel", description: String = "Duel someone", options: [ApplicationCommandOption] = []) -> [RequestLimitViolation] {
        RequestLimits.violations(in: ApplicationCommandDefinition(name: name, description: description, options: options))
    }

    static func choices(_ count: Int) -> [CommandChoice] {
        (0..<count).map { CommandChoice(name: "c\($0)", value: .integer(Int64($0))) }
    }

    static let limits: [Limit] = [
        Limit(name: "content", max: 2000, path: "content", violations: message { MessagePayload(content: text($0)) }),
        Limit(name: "embed count", max: 10, path: "embeds", violations: message { MessagePayload(embeds: Array(repeating: Embed(title: "t"), count: $0)) }),
        Limit(name: "embed title", max: 256, path: "embeds[0].title", violations: message { MessagePayload(embeds: [Embed(title: text($0))]) }),
        Limit(name: "embed description", max: 4096, path: "embeds[0].description", violations: message { MessagePayload(embeds: [Embed(description: text($0))]) }),
        Limit(name: "embed field count", max: 25, path: "embeds[0].fields", violations: message {
            MessagePayload(embeds: [Embed(fields: Array(repeating: EmbedField(name: "n", value: "v"), count: $0))])
        }),
        Limit(name: "embed field name", max: 256, path: "embeds[0].fields[1].name", violations: message {
            MessagePayload(embeds: [Embed(fields: [EmbedField(name: "n", value: "v"), EmbedField(name: text($0), value: "v")])])
        }),
        Limit(name: "embed field value", max: 1024, path: "embeds[0].fields[0].value", violations: message {
            MessagePayload(embeds: [Embed(fields: [EmbedField(name: "n", value: text($0))])])
        }),
        Limit(name: "embed footer", max: 2048, path: "embeds[0].footer.text", violations: message { MessagePayload(embeds: [Embed(footer: EmbedFooter(text: text($0)))]) }),
        Limit(name: "embed author", max: 256, path: "embeds[0].author.name", violations: message { MessagePayload(embeds: [Embed(author: EmbedAuthor(name: text($0)))]) }),
        Limit(name: "embed total", max: 6000, path: "embeds", violations: message {
            MessagePayload(embeds: [Embed(description: text(4096)), Embed(description: text($0 - 4096))])
        }),
        Limit(name: "action rows", max: 5, path: "components", violations: message {
            MessagePayload(components: (0..<$0).map { .actionRow(ActionRow([button($0)])) })
        }),
        Limit(name: "buttons per row", max: 5, path: "components[0].components", violations: message { row((0..<$0).map(button)) }),
        Limit(name: "custom_id", max: 100, path: "components[0].components[0].custom_id", violations: message {
            row([.button(Button(style: .secondary, label: "x", customID: text($0)))])
        }),
        Limit(name: "button label", max: 80, path: "components[0].components[0].label", violations: message {
            row([.button(Button(style: .secondary, label: text($0), customID: "x"))])
        }),
        Limit(name: "select options", max: 25, path: "components[0].components[0].options", violations: message { row([.stringSelect(select(options: $0))]) }),
        Limit(name: "select placeholder", max: 150, path: "components[0].components[0].placeholder", violations: message {
            row([.stringSelect(select(placeholder: text($0)))])
        }),
        Limit(name: "text input label", max: 45, path: "data.components[0].components[0].label", violations: {
            RequestLimits.violations(in: modal(label: text($0)))
        }),
        Limit(name: "text input value", max: 4000, path: "data.components[0].components[0].value", violations: {
            RequestLimits.violations(in: modal(value: text($0)))
        }),
        Limit(name: "modal title", max: 45, path: "data.title", violations: { RequestLimits.violations(in: modal(title: text($0))) }),
        Limit(name: "response content", max: 2000, path: "data.content", violations: {
            RequestLimits.violations(in: .message(MessagePayload(content: text($0))))
        }),
        Limit(name: "autocomplete choices", max: 25, path: "data.choices", violations: {
            RequestLimits.violations(in: .autocomplete(choices($0)))
        }),
        Limit(name: "command name", max: 32, path: "name", violations: { command(name: text($0)) }),
        Limit(name: "command description", max: 100, path: "description", violations: { command(description: text($0)) }),
        Limit(name: "command options", max: 25, path: "options", violations: {
            command(options: (0..<$0).map { ApplicationCommandOption(type: .string, name: "o\($0)", description: "d") })
        }),
        Limit(name: "option choices", max: 25, path: "options[0].choices", violations: {
            command(options: [ApplicationCommandOption(type: .integer, name: "n", description: "d", choices: choices($0))])
        }),
        Limit(name: "option description", max: 100, path: "options[0].description", violations: {
            command(options: [ApplicationCommandOption(type: .string, name: "n", description: text($0))])
        }),
        Limit(name: "choice name", max: 100, path: "options[0].choices[0].name", violations: {
            command(options: [ApplicationCommandOption(type: .string, name: "n", description: "d",
                                                       choices: [CommandChoice(name: text($0), value: .string("v"))])])
        }),
    ]

    @Test("exactly the maximum passes, one more fails at the field's path", arguments: limits)
    func boundary(limit: Limit) {
        #expect(limit.violations(limit.max).isEmpty)
        let over = limit.violations(limit.max + 1)
        #expect(over.map(\.path) == [limit.path])
    }

    @Test("empty custom ids, names, descriptions and titles fail")
    func minimums() {
        #expect(RequestLimits.violations(in: Self.row([.button(Button(style: .primary, label: "x", customID: ""))])).map(\.path)
                == ["components[0].components[0].custom_id"])
        #expect(Self.command(name: "").map(\.path) == ["name"])
        #expect(Self.command(description: "").map(\.path) == ["description"])
        #expect(RequestLimits.violations(in: Self.modal(title: "")).map(\.path) == ["data.title"])
        #expect(RequestLimits.violations(in: Self.modal(label: "")).map(\.path) == ["data.components[0].components[0].label"])
        #expect(RequestLimits.violations(in: Self.row([.stringSelect(Self.select(options: 0))])).map(\.path)
                == ["components[0].components[0].options"])
    }

    @Test("lengths count code points, as Discord does, not Swift characters")
    func codePoints() {
        let family = "👩‍👩‍👧"  // one Character, five scalars
        #expect(RequestLimits.violations(in: MessagePayload(content: String(repeating: family, count: 400))).isEmpty)
        #expect(RequestLimits.violations(in: MessagePayload(content: String(repeating: family, count: 401))).map(\.path) == ["content"])
    }

    @Test("command names follow Discord's regex and must be lowercase for chat input")
    func commandNames() {
        for good in ["duel", "top-10", "it's_mine", "नमस्ते", "สวัสดี", "ñandú", "日本"] {
            #expect(Self.command(name: good).isEmpty, "\(good)")
        }
        for bad in ["two words", "emoji🙂", "slash/", "Duel", "DUEL", "Ñandú"] {
            #expect(Self.command(name: bad).map(\.path) == ["name"], "\(bad)")
        }
        // Context-menu commands may use spaces and capitals; their description must be empty.
        let userCommand = ApplicationCommandDefinition(name: "Show Profile", type: .user, description: "")
        #expect(RequestLimits.violations(in: userCommand).isEmpty)
        var described = userCommand
        described.description = "nope"
        #expect(RequestLimits.violations(in: described).map(\.path) == ["description"])
        let option = ApplicationCommandOption(type: .string, name: "Player", description: "d")
        #expect(Self.command(options: [option]).map(\.path) == ["options[0].name"])
    }

    @Test("component shape rules: one select alone per row, link and custom_id buttons, unique ids")
    func componentShapes() {
        let mixed = RequestLimits.violations(in: Self.row([.stringSelect(Self.select()), Self.button(0)]))
        #expect(mixed.map(\.path) == ["components[0].components"])
        let twoSelects = RequestLimits.violations(in: Self.row([.stringSelect(Self.select()), .stringSelect(Self.select())]))
        #expect(twoSelects.map(\.path).contains("components[0].components"))
        var link = Button.link(label: "Go", url: "https://example.org")
        link.customID = "go"
        #expect(RequestLimits.violations(in: Self.row([.button(link)])).map(\.path) == ["components[0].components[0].custom_id"])
        let bare = MessagePayload(components: [Self.button(0)])
        #expect(RequestLimits.violations(in: bare).map(\.path) == ["components[0]"])
        let duplicate = MessagePayload(components: [.actionRow(ActionRow([Self.button(1)])), .actionRow(ActionRow([Self.button(1)]))])
        #expect(RequestLimits.violations(in: duplicate).map(\.path) == ["components[1].components[0].custom_id"])
        #expect(RequestLimits.violations(in: MessagePayload(embeds: [Embed(color: 0x1000000)])).map(\.path) == ["embeds[0].color"])
    }

    @Test("command rules: required first, no autocomplete with choices, unique names, nested subcommands")
    func commandRules() {
        let optionalFirst = Self.command(options: [
            ApplicationCommandOption(type: .string, name: "a", description: "d"),
            ApplicationCommandOption(type: .string, name: "b", description: "d", required: true),
        ])
        #expect(optionalFirst.map(\.path) == ["options[1].required"])
        let both = Self.command(options: [ApplicationCommandOption(type: .string, name: "a", description: "d",
                                                                   choices: Self.choices(1), autocomplete: true)])
        #expect(both.map(\.path) == ["options[0].autocomplete"])
        let nested = Self.command(options: [ApplicationCommandOption(type: .subcommandGroup, name: "admin", description: "d", options: [
            ApplicationCommandOption(type: .subcommand, name: "reset", description: "d", options: [
                ApplicationCommandOption(type: .string, name: "Bad", description: "d"),
            ]),
        ])])
        #expect(nested.map(\.path) == ["options[0].options[0].options[0].name"])
        let twice = RequestLimits.violations(inCommands: [
            ApplicationCommandDefinition(name: "duel", description: "d"),
            ApplicationCommandDefinition(name: "duel", description: "d"),
            ApplicationCommandDefinition(name: "duel", type: .user, description: ""),
        ])
        #expect(twice.map(\.path) == ["[1].name"])
        let many = (0...100).map { ApplicationCommandDefinition(name: "c\($0)", description: "d") }
        #expect(RequestLimits.violations(inCommands: Array(many.prefix(100))).isEmpty)
        #expect(RequestLimits.violations(inCommands: many).map(\.path) == [""])
    }

    @Test("the 8000-character command budget counts names, descriptions and choice values")
    func commandBudget() {
        func options(choiceValueLength: Int) -> [ApplicationCommandOption] {
            (0..<2).map { index in
                ApplicationCommandOption(type: .string, name: "o\(index)", description: text(100), choices: (0..<25).map {
                    CommandChoice(name: text(50), value: .string(String(format: "%02d", $0) + text(choiceValueLength - 2)))
                })
            }
        }
        // 4 + 100 + 2 * (2 + 100) + 50 * (50 + v) = 308 + 2500 + 50v: v = 100 → 7808, fits.
        #expect(Self.command(name: "duel", description: text(100), options: options(choiceValueLength: 100)).isEmpty)
        let over = ApplicationCommandDefinition(name: "duel", description: text(100), options: options(choiceValueLength: 100)
            + [ApplicationCommandOption(type: .string, name: "x", description: text(100), choices: (0..<2).map {
                CommandChoice(name: text(100), value: .string("\($0)" + text(99)))
            })])
        #expect(RequestLimits.violations(in: over).map(\.path) == [""])
    }

    @Test("validate throws every violation with its path")
    func validateThrows() throws {
        let payload = MessagePayload(content: text(2001), embeds: [Embed(title: text(257))])
        let error = try #require(throws: RequestLimitError.self) { try RequestLimits.validate(payload) }
        #expect(error.violations.map(\.path) == ["content", "embeds[0].title"])
        #expect(error.description.contains("content: 2001 characters, at most 2000"))
        #expect(throws: Never.self) { try RequestLimits.validate(MessagePayload(content: text(2000))) }
    }
}

@Suite("Discord models: request bodies match Discord's OpenAPI spec")
struct DiscordModelSpecTests {
    // The same bodies RequestLimits accepts at the edge, checked by the vendored spec: if a
    // field name, type or limit of ours disagreed with Discord's schema, this would say where.
    static let fullMessage = MessagePayload(
        content: text(2000),
        embeds: [Embed(title: text(256), description: text(4096), url: "https://example.org", color: 0xFFFFFF,
                       fields: [EmbedField(name: text(256), value: text(1024), inline: true)],
                       footer: EmbedFooter(text: "f"), author: EmbedAuthor(name: "a"),
                       timestamp: Date(timeIntervalSince1970: 1_700_000_000))],
        components: [
            .actionRow(ActionRow((0..<5).map { .button(Button(style: .primary, label: text(80), customID: "b\($0)")) })),
            .actionRow(ActionRow([.button(.link(label: "Docs", url: "https://example.org"))])),
            .actionRow(ActionRow([.stringSelect(StringSelect(
                customID: text(100), options: (0..<25).map { SelectOption(label: "o\($0)", value: "v\($0)") },
                placeholder: text(150), minValues: 0, maxValues: 25))])),
        ],
        allowedMentions: AllowedMentions(parse: ["users"]),
        flags: .suppressEmbeds
    )

    private func problems(_ method: String, _ path: String, _ body: some Encodable) throws -> [String] {
        DiscordOpenAPI.shared.validate(method: method, path: path, body: try JSONEncoder().encode(body)).map(\.description)
    }

    @Test("a message at every limit is a valid Create Message body")
    func createMessage() throws {
        #expect(RequestLimits.violations(in: Self.fullMessage).isEmpty)
        let found = try problems("POST", "/channels/123/messages", Self.fullMessage)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("every interaction response is a valid callback body")
    func callbacks() throws {
        let responses: [InteractionResponse] = [
            .pong, .message(Self.fullMessage), .deferredMessage(ephemeral: true), .deferredUpdate,
            .updateMessage(MessagePayload(content: "x", components: [])),
            .autocomplete((0..<25).map { CommandChoice(name: String(format: "%02d", $0) + text(98), value: .string(text(100))) }),
            .modal(ModalPayload(customID: text(100), title: text(45), components: (0..<5).map {
                .actionRow(ActionRow([.textInput(TextInput(customID: "t\($0)", style: .paragraph, label: text(45),
                                                           minLength: 0, maxLength: 4000, required: false, value: text(4000)))]))
            })),
        ]
        for response in responses {
            #expect(RequestLimits.violations(in: response).isEmpty, "\(response.type)")
            let found = try problems("POST", "/interactions/123/token/callback", response)
            #expect(found.isEmpty, "\(response.type): \(found)")
        }
    }

    @Test("a bulk overwrite of commands is a valid request body")
    func bulkOverwrite() throws {
        let commands = [
            ApplicationCommandDefinition(name: text(32), description: text(100), options: [
                ApplicationCommandOption(type: .subcommandGroup, name: "admin", description: "d", options: [
                    ApplicationCommandOption(type: .subcommand, name: "reset", description: "d", options: [
                        ApplicationCommandOption(type: .string, name: "why", description: "d", required: true,
                                                 choices: [CommandChoice(name: "n", value: .string("v"))]),
                        ApplicationCommandOption(type: .integer, name: "n", description: "d", minValue: .integer(1), maxValue: .integer(9)),
                        ApplicationCommandOption(type: .channel, name: "c", description: "d", channelTypes: [.guildVoice, .guildStageVoice]),
                        ApplicationCommandOption(type: .string, name: "q", description: "d", maxLength: 6000, autocomplete: true),
                    ]),
                ]),
            // No default_member_permissions here: the spec types it as an integer in requests
            // (a string in responses), while application-commands.mdx documents and shows a
            // string ("0"), which is what we send; see "a command definition encodes as the bulk
            // overwrite body".
            ], contexts: [.guild], nsfw: false,
               nameLocalizations: ["de": "duell"], descriptionLocalizations: ["de": "Duell"]),
            ApplicationCommandDefinition(name: "Show Profile", type: .user, description: ""),
        ]
        #expect(RequestLimits.violations(inCommands: commands).isEmpty)
        let found = try problems("PUT", "/applications/123/commands", commands)
        #expect(found.isEmpty, "\(found)")
    }
}
