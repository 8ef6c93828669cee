import Shared

extension SandboxWorld {
    static let optionTypeNames = [
        1: "subcommand", 2: "group", 3: "string", 4: "integer", 5: "boolean", 6: "user", 7: "channel",
        8: "role", 9: "mentionable", 10: "number", 11: "attachment",
    ]

    /// The `data.options` of a chat-input interaction for a typed command line, checked against the
    /// deployed definition (application-commands.mdx, "Application Command Interaction Data
    /// Option"), with the `resolved` users, members, roles and channels it names.
    static func options(for line: SandboxCommandLine, command: SandboxApplicationCommand,
                        guild: SandboxGuild) throws(SandboxInjectionError) -> ([JSONValue], [String: JSONValue]) {
        var level = command.options
        var path: [(name: String, type: Int)] = []
        for word in line.words {
            guard let option = level.first(where: { $0["name"]?.stringValue == word && [1, 2].contains($0["type"]?.intValue ?? 0) })
            else {
                let choices = level.filter { [1, 2].contains($0["type"]?.intValue ?? 0) }.compactMap { $0["name"]?.stringValue }
                throw SandboxInjectionError("/\(line.name) has no subcommand \"\(word)\""
                    + (choices.isEmpty ? "." : "; it has: \(choices.joined(separator: ", "))."))
            }
            path.append((word, option["type"]?.intValue ?? 1))
            level = option["options"]?.arrayValue ?? []
        }
        let subcommands = level.filter { [1, 2].contains($0["type"]?.intValue ?? 0) }
        if !subcommands.isEmpty {
            let names = subcommands.compactMap { $0["name"]?.stringValue }
            throw SandboxInjectionError("/\(([line.name] + path.map(\.name)).joined(separator: " ")) needs a subcommand: \(names.joined(separator: ", ")).")
        }
        var values: [JSONValue] = []
        var resolved: [String: [String: JSONValue]] = [:]
        for given in line.options {
            guard let definition = level.first(where: { $0["name"]?.stringValue == given.name }) else {
                let names = level.compactMap { $0["name"]?.stringValue }
                throw SandboxInjectionError("/\(line.name) has no option \"\(given.name)\""
                    + (names.isEmpty ? "; it takes none." : "; its options: \(names.joined(separator: ", "))."))
            }
            let type = definition["type"]?.intValue ?? 3
            let value = try convert(given.value, name: given.name, type: type, definition: definition, guild: guild, resolved: &resolved)
            values.append(.object(["name": .string(given.name), "type": .int(type), "value": value]))
        }
        let missing = level.filter { $0["required"]?.boolValue == true }.compactMap { $0["name"]?.stringValue }
            .filter { name in !line.options.contains { $0.name == name } }
        if !missing.isEmpty {
            throw SandboxInjectionError("/\(line.name) needs " + missing.map { "\($0):…" }.joined(separator: " ") + ".")
        }
        var options = values
        for (name, type) in path.reversed() {
            options = [.object(["name": .string(name), "type": .int(type), "options": .array(options)])]
        }
        return (options, resolved.mapValues { .object($0) })
    }

    private static func convert(_ text: String, name: String, type: Int, definition: JSONValue, guild: SandboxGuild,
                                resolved: inout [String: [String: JSONValue]]) throws(SandboxInjectionError) -> JSONValue {
        let choices = definition["choices"]?.arrayValue ?? []
        let chosen = choices.first { $0["name"]?.stringValue?.lowercased() == text.lowercased() }?["value"]
        func fail(_ expected: String) -> SandboxInjectionError {
            SandboxInjectionError("Option \(name) takes \(expected); \"\(text)\" is not one.")
        }
        let value: JSONValue
        switch type {
        case 3:
            value = chosen ?? .string(text)
        case 4:
            if let chosen { value = chosen } else {
                guard let number = Int(text) else { throw fail("an integer") }
                value = .int(number)
            }
        case 10:
            if let chosen { value = chosen } else {
                guard let number = Double(text), number.isFinite else { throw fail("a number") }
                value = .number(number)
            }
        case 5:
            switch text.lowercased() {
            case "true", "yes", "on": value = .bool(true)
            case "false", "no", "off": value = .bool(false)
            default: throw fail("true or false")
            }
        case 6, 9:
            if let member = findMember(text, in: guild) {
                resolved["users", default: [:]][String(member.user.id)] = member.user.json
                var partial = member.json(includingUser: false, permissions: guild.permissions(of: member.user.id)).objectValue ?? [:]
                partial["deaf"] = nil
                partial["mute"] = nil
                resolved["members", default: [:]][String(member.user.id)] = .object(partial)
                value = .snowflake(member.user.id)
            } else if type == 9, let role = findRole(text, in: guild) {
                resolved["roles", default: [:]][String(role.id)] = role.json
                value = .snowflake(role.id)
            } else {
                throw fail(type == 6 ? "a member (id, <@id> or username)" : "a member or a role")
            }
        case 7:
            let key = text.droppingPrefix("<#").droppingSuffix(">").droppingPrefix("#")
            guard let channel = guild.channels.first(where: { String($0.id) == key || $0.name == key }) else {
                throw fail("a channel (id, <#id> or #name)")
            }
            if let allowed = definition["channel_types"]?.arrayValue?.compactMap(\.intValue), !allowed.isEmpty, !allowed.contains(channel.type) {
                throw fail("a channel of type \(allowed.map(String.init).joined(separator: "/"))")
            }
            var object: [String: JSONValue] = ["id": .snowflake(channel.id), "name": .string(channel.name), "type": .int(channel.type)]
            object["permissions"] = .string(String(SandboxGuild.allPermissions))
            resolved["channels", default: [:]][String(channel.id)] = .object(object)
            value = .snowflake(channel.id)
        case 8:
            guard let role = findRole(text, in: guild) else { throw fail("a role (id, <@&id> or name)") }
            resolved["roles", default: [:]][String(role.id)] = role.json
            value = .snowflake(role.id)
        default:
            throw SandboxInjectionError("Option \(name) is of type \(optionTypeNames[type] ?? String(type)), which the sandbox cannot fill from text.")
        }
        if !choices.isEmpty, !choices.contains(where: { $0["value"] == value }) {
            let names = choices.compactMap { $0["name"]?.stringValue }
            throw SandboxInjectionError("Option \(name) is one of: \(names.joined(separator: ", ")).")
        }
        return value
    }

    private static func findMember(_ text: String, in guild: SandboxGuild) -> SandboxMember? {
        let key = text.droppingPrefix("<@!").droppingPrefix("<@").droppingSuffix(">").droppingPrefix("@").lowercased()
        return guild.members.first { String($0.user.id) == key || $0.user.username.lowercased() == key || $0.user.globalName?.lowercased() == key }
    }

    private static func findRole(_ text: String, in guild: SandboxGuild) -> SandboxRole? {
        let key = text.droppingPrefix("<@&").droppingSuffix(">").droppingPrefix("@").lowercased()
        return guild.roles.first { String($0.id) == key || $0.name.lowercased() == key }
    }

    /// "/sign-up join", "/roll expression:<string>": how to call each deployed command, for people.
    static func usages(of command: SandboxApplicationCommand) -> [String] {
        func describe(_ prefix: String, _ options: [JSONValue]) -> [String] {
            let nested = options.filter { [1, 2].contains($0["type"]?.intValue ?? 0) }
            if !nested.isEmpty {
                return nested.flatMap { describe(prefix + " " + ($0["name"]?.stringValue ?? ""), $0["options"]?.arrayValue ?? []) }
            }
            let parts = options.map { option -> String in
                let text = "\(option["name"]?.stringValue ?? ""):<\(optionTypeNames[option["type"]?.intValue ?? 3] ?? "value")>"
                return option["required"]?.boolValue == true ? text : "[\(text)]"
            }
            return [([prefix] + parts).joined(separator: " ")]
        }
        return describe("/" + command.name, command.options)
    }
}

extension String {
    fileprivate func droppingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }

    fileprivate func droppingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
