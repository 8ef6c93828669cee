import Foundation
import Shared
import Testing
@testable import odysseyd

/// `commands plan|deploy` on the daemon's side, with the real REST client against the sandbox:
/// a deploy writes only on a difference, and every body it sends is valid for Discord's spec.
@Suite("Command deploy against the sandbox")
struct CommandDeployerTests {
    let ping = ApplicationCommandDefinition(name: "ping", description: "Check the bot")
    let roll = ApplicationCommandDefinition(name: "roll", description: "Roll dice", options: [
        ApplicationCommandOption(type: .string, name: "expression", description: "Dice, e.g. 2d6+1", required: true),
    ])

    func withDeployer(_ body: (SandboxWorld, _ make: ([ApplicationCommandDefinition]) -> CommandDeployer) async throws -> Void) async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            let rest = DiscordRESTClient(baseURL: await sandbox.apiBaseURL(), token: SandboxDefaults.token,
                                         limiter: RateLimiter(), httpClient: nil, logger: .test)
            let application = Snowflake(SandboxWorld.Demo.applicationID)
            do {
                try await body(sandbox.world) { CommandDeployer(rest: rest, applicationID: application, declared: $0, logger: .test) }
            } catch {
                await rest.shutdown()
                throw error
            }
            await rest.shutdown()
            await sandbox.world.expectRequestsValidAgainstSpec()
        }
    }

    @Test func deployWritesOnlyWhenSomethingDiffers() async throws {
        try await withDeployer { world, make in
            let guild = CommandScope.guild(Snowflake(SandboxWorld.Demo.guildID))
            let first = try await make([ping, roll]).plan(for: guild)
            #expect(first.changes.map(\.action) == [.add, .add] && !first.inSync && !first.applied)

            let deployed = try await make([ping, roll]).deploy(to: guild)
            #expect(deployed.applied && deployed.guildId == SandboxWorld.Demo.guildID.description)
            let again = try await make([ping, roll]).deploy(to: guild)
            #expect(!again.applied && again.inSync, "\(again)")
            #expect(await world.requests.filter { $0.method == "PUT" }.count == 1, "one bulk overwrite, not two")

            var renamed = roll
            renamed.description = "Roll any dice"
            let drift = try await make([renamed]).plan(for: guild)
            #expect(drift.changes == [CommandChange(name: "ping", action: .remove),
                                      CommandChange(name: "roll", action: .update, fields: ["description"])])
            #expect(try await make([renamed]).deploy(to: guild).applied)
            #expect(try await make([renamed]).plan(for: guild).inSync)
            #expect(try await make([renamed]).plan(for: .global).changes == [CommandChange(name: "roll", action: .add)],
                    "the guild's commands are not the global ones")
        }
    }
}
