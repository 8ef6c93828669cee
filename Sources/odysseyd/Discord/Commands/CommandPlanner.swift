import Shared

/// Compares the commands the code declares with the ones Discord has, the way Discord
/// normalises them (``ApplicationCommandDefinition``'s equality), so a deploy writes only when
/// something would change: Discord allows 200 command creates per day per guild.
///
/// ```swift
/// let changes = CommandPlanner.changes(declared: catalog, remote: try await rest.getGlobalCommands(applicationID: app))
/// changes.allSatisfy { $0.action == .unchanged }   // in sync
/// ```
enum CommandPlanner {
    static func changes(declared: [ApplicationCommandDefinition], remote: [ApplicationCommand]) -> [CommandChange] {
        // Names are unique per type (a user command may share a slash command's name).
        func key(_ command: ApplicationCommandDefinition) -> String { "\(command.effectiveType.rawValue):\(command.name)" }
        let remoteByKey = Dictionary(remote.map { (key($0.definition), $0.definition) }, uniquingKeysWith: { first, _ in first })
        let declaredKeys = Set(declared.map(key))
        var changes: [CommandChange] = declared.map { command in
            guard let existing = remoteByKey[key(command)] else { return CommandChange(name: command.name, action: .add) }
            let fields = differingFields(command, existing)
            return CommandChange(name: command.name, action: fields.isEmpty ? .unchanged : .update, fields: fields)
        }
        changes += remote.map(\.definition).filter { !declaredKeys.contains(key($0)) }.map { CommandChange(name: $0.name, action: .remove) }
        return changes.sorted { ($0.name, $0.action.rawValue) < ($1.name, $1.action.rawValue) }
    }

    /// Discord's field names that differ. A field differs when taking just that field from
    /// Discord's copy changes the declared command under Discord's normalised equality, so
    /// defaults left out on one side are not reported.
    static func differingFields(_ declared: ApplicationCommandDefinition, _ remote: ApplicationCommandDefinition) -> [String] {
        fieldNames.filter { field in
            var mixed = declared
            adoptRemote(field, from: remote, into: &mixed)
            return mixed != declared
        }
    }

    static let fieldNames = ["description", "options", "default_member_permissions", "dm_permission", "contexts",
                             "integration_types", "nsfw", "name_localizations", "description_localizations"]

    private static func adoptRemote(_ field: String, from remote: ApplicationCommandDefinition, into command: inout ApplicationCommandDefinition) {
        switch field {
        case "description": command.description = remote.description
        case "options": command.options = remote.options
        case "default_member_permissions": command.defaultMemberPermissions = remote.defaultMemberPermissions
        case "dm_permission": command.dmPermission = remote.dmPermission
        case "contexts": command.contexts = remote.contexts
        case "integration_types": command.integrationTypes = remote.integrationTypes
        case "nsfw": command.nsfw = remote.nsfw
        case "name_localizations": command.nameLocalizations = remote.nameLocalizations
        case "description_localizations": command.descriptionLocalizations = remote.descriptionLocalizations
        default: break
        }
    }
}
