import Shared

extension SandboxWorld {
    /// Deployed commands: a guild's own, or the global ones for `guild` nil.
    func commands(guild: UInt64?) -> [SandboxApplicationCommand] {
        guild.map { guildCommands[$0] ?? [] } ?? globalCommands
    }

    private func store(_ commands: [SandboxApplicationCommand], guild: UInt64?) {
        if let guild { guildCommands[guild] = commands } else { globalCommands = commands }
    }

    /// The checks Discord makes of a definition (interactions/application-commands.mdx): a name of
    /// 1–32 characters, lowercase for chat-input commands, and a 1–100 character description.
    private func validateDefinition(_ definition: [String: JSONValue], at prefix: String) throws(SandboxRESTError) {
        let type = definition["type"]?.intValue ?? 1
        guard let name = definition["name"]?.stringValue, (1...32).contains(name.count) else {
            throw SandboxRESTError.invalidFormBody(at: prefix + "name", code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 32 in length.")
        }
        if type == 1 {
            guard name == name.lowercased(), !name.contains(" ") else {
                throw SandboxRESTError.invalidFormBody(at: prefix + "name", code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid")
            }
            guard let description = definition["description"]?.stringValue, (1...100).contains(description.count) else {
                throw SandboxRESTError.invalidFormBody(at: prefix + "description", code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 100 in length.")
            }
        }
        try validateLocalizations(definition, at: prefix)
    }

    /// Localizations are stored and returned as sent, so `commands plan` sees them after a deploy;
    /// like the defaults, a localized name is 1–32 characters (a choice's 1–100) and a localized
    /// description 1–100, at every level (interactions/application-commands.mdx, "Localization").
    private func validateLocalizations(_ object: [String: JSONValue], at prefix: String) throws(SandboxRESTError) {
        let isChoice = object["value"] != nil
        for field in ["name_localizations", "description_localizations"] {
            let limit = field == "name_localizations" && !isChoice ? 1...32 : 1...100
            for (locale, value) in (object[field]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let text = value.stringValue, limit.contains(text.count) else {
                    throw SandboxRESTError.invalidFormBody(at: "\(prefix)\(field).\(locale)", code: "BASE_TYPE_BAD_LENGTH",
                                                           message: "Must be between \(limit.lowerBound) and \(limit.upperBound) in length.")
                }
            }
        }
        for key in ["options", "choices"] {
            for (index, child) in (object[key]?.arrayValue ?? []).enumerated() {
                if let child = child.objectValue { try validateLocalizations(child, at: "\(prefix)\(key).\(index).") }
            }
        }
    }

    /// Bulk overwrite: the list replaces what was deployed; a command keeps its id when one of the
    /// same name and type was there, and its version changes only when its definition did.
    func overwriteCommands(guild: UInt64?, body: JSONValue?) throws(SandboxRESTError) -> [SandboxApplicationCommand] {
        guard let list = body?.arrayValue else {
            throw SandboxRESTError.invalidFormBody(at: "", code: "LIST_TYPE_CONVERT", message: "Only iterables may be used in a ListType")
        }
        var definitions: [[String: JSONValue]] = []
        for (index, item) in list.enumerated() {
            guard let definition = item.objectValue else {
                throw SandboxRESTError.invalidFormBody(at: "\(index)", code: "DICT_TYPE_CONVERT", message: "Only dictionaries may be used in a DictType")
            }
            try validateDefinition(definition, at: "\(index).")
            definitions.append(definition)
        }
        let existing = commands(guild: guild)
        var result: [SandboxApplicationCommand] = []
        for definition in definitions {
            let name = definition["name"]?.stringValue ?? ""
            let type = definition["type"]?.intValue ?? 1
            if var previous = existing.first(where: { $0.name == name && $0.type == type }) {
                if previous.definition != definition {
                    previous.definition = definition
                    previous.version = ids.next()
                }
                result.append(previous)
            } else {
                result.append(SandboxApplicationCommand(id: ids.next(), applicationID: application.id, guildID: guild,
                                                        version: ids.next(), definition: definition))
            }
        }
        store(result, guild: guild)
        return result
    }

    /// Create (or, for an existing name, replace) one command. Returns whether it is new.
    func upsertCommand(guild: UInt64?, definition: [String: JSONValue]) throws(SandboxRESTError) -> (SandboxApplicationCommand, Bool) {
        try validateDefinition(definition, at: "")
        var list = commands(guild: guild)
        let name = definition["name"]?.stringValue ?? ""
        let type = definition["type"]?.intValue ?? 1
        if let index = list.firstIndex(where: { $0.name == name && $0.type == type }) {
            if list[index].definition != definition {
                list[index].definition = definition
                list[index].version = ids.next()
            }
            store(list, guild: guild)
            return (list[index], false)
        }
        let command = SandboxApplicationCommand(id: ids.next(), applicationID: application.id, guildID: guild,
                                                version: ids.next(), definition: definition)
        list.append(command)
        store(list, guild: guild)
        return (command, true)
    }

    func deleteCommand(guild: UInt64?, id: UInt64) throws(SandboxRESTError) {
        var list = commands(guild: guild)
        guard let index = list.firstIndex(where: { $0.id == id }) else { throw SandboxRESTError.unknownCommand }
        list.remove(at: index)
        store(list, guild: guild)
    }
}
