import Shared

/// A command deployed to the sandbox: the definition the bot sent, as sent, plus the fields
/// Discord assigns (interactions/application-commands.mdx, "Application Command Object").
struct SandboxApplicationCommand: Sendable {
    var id: UInt64
    var applicationID: UInt64
    var guildID: UInt64?
    var version: UInt64
    /// The definition as the bot wrote it (name, description, options…).
    var definition: [String: JSONValue]

    var name: String { definition["name"]?.stringValue ?? "" }
    var type: Int { definition["type"]?.intValue ?? 1 }
    var options: [JSONValue] { definition["options"]?.arrayValue ?? [] }

    var json: JSONValue {
        var object = definition
        object["id"] = .snowflake(id)
        object["application_id"] = .snowflake(applicationID)
        object["version"] = .snowflake(version)
        object["type"] = .int(type)
        // Global commands carry no guild_id at all.
        object["guild_id"] = guildID.map(JSONValue.snowflake)
        object["description"] = object["description"] ?? .string("")
        object["default_member_permissions"] = object["default_member_permissions"] ?? .null
        object["nsfw"] = object["nsfw"] ?? .bool(false)
        return .object(object)
    }

    /// As a GET of the command list answers: the localization dictionaries only with
    /// `with_localizations=true` (interactions/application-commands.mdx, "Get Global Application
    /// Commands"), so a bot that forgets the flag sees its translations as missing.
    func listed(withLocalizations: Bool) -> JSONValue {
        withLocalizations ? json : Self.strippingLocalizations(json)
    }

    private static func strippingLocalizations(_ value: JSONValue) -> JSONValue {
        if let array = value.arrayValue { return .array(array.map(strippingLocalizations)) }
        guard var object = value.objectValue else { return value }
        object["name_localizations"] = nil
        object["description_localizations"] = nil
        for key in ["options", "choices"] {
            if let nested = object[key] { object[key] = strippingLocalizations(nested) }
        }
        return .object(object)
    }
}
