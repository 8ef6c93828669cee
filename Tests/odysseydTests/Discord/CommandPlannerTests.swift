import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Command plan and invite")
struct CommandPlannerTests {
    let ping = ApplicationCommandDefinition(name: "ping", description: "Check the bot")
    let roll = ApplicationCommandDefinition(name: "roll", description: "Roll dice", options: [
        ApplicationCommandOption(type: .string, name: "expression", description: "Dice", required: true),
    ])

    func remote(_ definition: ApplicationCommandDefinition, id: UInt64) -> ApplicationCommand {
        ApplicationCommand(id: Snowflake(id), type: definition.type ?? .chatInput, applicationID: 1, name: definition.name,
                           description: definition.description, options: definition.options, dmPermission: true, nsfw: false,
                           integrationTypes: [0], version: 9)
    }

    @Test func discordsDefaultsAreNotDrift() {
        let changes = CommandPlanner.changes(declared: [ping, roll], remote: [remote(ping, id: 10), remote(roll, id: 11)])
        #expect(changes == [CommandChange(name: "ping", action: .unchanged), CommandChange(name: "roll", action: .unchanged)])
    }

    @Test func addUpdateAndRemoveAreNamedWithTheFieldsThatDiffer() {
        var oldRoll = roll
        oldRoll.description = "Roll some dice"
        oldRoll.options = nil
        let stale = ApplicationCommandDefinition(name: "legacy", description: "Gone")
        let changes = CommandPlanner.changes(declared: [ping, roll], remote: [remote(oldRoll, id: 11), remote(stale, id: 12)])
        #expect(changes == [
            CommandChange(name: "legacy", action: .remove),
            CommandChange(name: "ping", action: .add),
            CommandChange(name: "roll", action: .update, fields: ["description", "options"]),
        ])
    }

    @Test func aUserCommandMayShareASlashCommandsName() {
        let userPing = ApplicationCommandDefinition(name: "ping", type: .user, description: "")
        let changes = CommandPlanner.changes(declared: [ping, userPing], remote: [remote(ping, id: 10)])
        #expect(changes.map(\.action).sorted { $0.rawValue < $1.rawValue } == [.add, .unchanged])
    }

    @Test func inviteAsksForTheEnabledFeaturesPermissionsOnly() throws {
        let application: Snowflake = 1_234_567_890_123_456_789
        let dice = InviteLink(applicationID: application, features: ["dice"]).report(guild: nil)
        #expect(dice.permissions == String(FeatureCatalog.posting.rawValue))
        #expect(dice.url == "https://discord.com/oauth2/authorize?client_id=1234567890123456789&permissions=\(FeatureCatalog.posting.rawValue)&integration_type=0&scope=bot+applications.commands")

        let withStage = InviteLink(applicationID: application, features: ["dice", "stage_queue", "mileage"]).report(guild: 42)
        let permissions = try #require(UInt64(withStage.permissions))
        #expect(DiscordPermissions(rawValue: permissions) == FeatureCatalog.posting.union([.muteMembers, .manageRoles]))
        #expect(withStage.permissionNames.contains("Manage Roles") && withStage.permissionNames.contains("Mute Members"))
        #expect(!withStage.permissionNames.contains("Administrator"))
        #expect(withStage.url.hasSuffix("&guild_id=42&disable_guild_select=true"))
    }

    @Test func everyCatalogFeatureNeedsAtLeastToPost() {
        for feature in FeatureCatalog.all + [FeatureCatalog.core] {
            #expect(feature.botPermissions.isSuperset(of: FeatureCatalog.posting), "\(feature.name)")
            #expect(!feature.botPermissions.contains(.administrator), "\(feature.name)")
        }
    }
}
