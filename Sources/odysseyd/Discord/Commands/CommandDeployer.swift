import Logging
import Shared

/// `odysseyctl commands plan|deploy|check` on the daemon's side: reads what Discord has, compares
/// it with the declared set, and writes with one bulk overwrite only when they differ.
///
/// ```swift
/// let deployer = CommandDeployer(rest: rest, applicationID: app, declared: modules.flatMap(\.commands), logger: logger)
/// let report = try await deployer.deploy(to: .guild(guildID))   // report.applied == false when nothing changed
/// ```
struct CommandDeployer: Sendable {
    let rest: DiscordRESTClient
    let applicationID: Snowflake
    let declared: [ApplicationCommandDefinition]
    let logger: Logger

    func plan(for scope: CommandScope) async throws -> CommandPlanReport {
        let remote = try await remoteCommands(scope)
        return report(scope, changes: CommandPlanner.changes(declared: declared, remote: remote), applied: false)
    }

    func deploy(to scope: CommandScope) async throws -> CommandPlanReport {
        let changes = CommandPlanner.changes(declared: declared, remote: try await remoteCommands(scope))
        guard changes.contains(where: { $0.action != .unchanged }) else {
            logger.info("commands already in sync", metadata: ["scope": "\(scope)", "commands": "\(declared.count)"])
            return report(scope, changes: changes, applied: false)
        }
        switch scope {
        case .global:
            _ = try await rest.bulkOverwriteGlobalCommands(applicationID: applicationID, commands: declared)
        case .guild(let guild):
            _ = try await rest.bulkOverwriteGuildCommands(applicationID: applicationID, guild: guild, commands: declared)
        }
        let summary = changes.filter { $0.action != .unchanged }.map { "\($0.action.rawValue) \($0.name)" }.joined(separator: ", ")
        logger.notice("commands deployed", metadata: ["scope": "\(scope)", "changes": "\(summary)"])
        return report(scope, changes: changes, applied: true)
    }

    private func remoteCommands(_ scope: CommandScope) async throws -> [ApplicationCommand] {
        switch scope {
        case .global: try await rest.getGlobalCommands(applicationID: applicationID)
        case .guild(let guild): try await rest.getGuildCommands(applicationID: applicationID, guild: guild)
        }
    }

    private func report(_ scope: CommandScope, changes: [CommandChange], applied: Bool) -> CommandPlanReport {
        CommandPlanReport(scope: scope.name, guildId: scope.guildID?.description, applicationId: applicationID.description,
                          changes: changes, applied: applied)
    }
}
