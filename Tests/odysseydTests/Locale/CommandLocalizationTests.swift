import Foundation
import Shared
import Testing
@testable import odysseyd

/// The Russian Discord's client shows for the slash commands: every description and choice of
/// every module the daemon runs is translated, within Discord's limits, nothing in the table is
/// left over, and a deploy through the sandbox carries it with no drift afterwards.
@Suite("Command localizations")
struct CommandLocalizationTests {
    /// Every module's commands as the daemon declares them, built the way ``FeatureStack`` builds
    /// them for the daemon. Declaring commands touches no database, so the pool points nowhere.
    static func declaredCommands() async throws -> [ApplicationCommandDefinition] {
        let nowhere = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent-odyssey dbname=none", connectTimeoutSeconds: 1),
                                   size: 1, logger: .test)
        let stack = FeatureStack(pool: nowhere, core: CoreFeature(health: DaemonHealth(), gatewayLatency: { nil }),
                                 usage: CommandUsageStore(database: nowhere), health: DaemonHealth(),
                                 doctor: { _ in DoctorReport(checks: []) }, logger: .test)
        let commands = stack.modules.flatMap(\.commands)
        await nowhere.close()
        return commands
    }

    /// Byte-for-byte, since `==` on definitions deliberately overlooks some differences.
    static func json(_ commands: [ApplicationCommandDefinition]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(commands), as: UTF8.self)
    }

    @Test func everyDescriptionAndChoiceHasRussianWithinDiscordsLimits() async throws {
        let texts = CommandLocalizations.texts(in: try await Self.declaredCommands())
        #expect(texts.count > 100, "all modules' commands, not an empty list")
        for text in texts {
            guard let entry = CommandLocalizations.russian[text.path] else {
                Issue.record("no Russian for \(text)")
                continue
            }
            #expect(entry.english == text.english,
                    "the English of \(text.path) is now \"\(text.english)\"; translate it again (was \"\(entry.english)\")")
            let limit = text.path.contains(" =") ? RequestLimits.choiceNameLength : RequestLimits.commandDescriptionLength
            #expect(limit.contains(RequestLimits.length(entry.russian)), "\(text.path): \(RequestLimits.length(entry.russian)) characters")
            #expect(entry.russian.trimmingCharacters(in: .whitespaces) == entry.russian, "\(text.path): stray spaces")
            // Russian text, except a choice kept as the identifier it stands for.
            #expect(entry.russian.contains { ("а"..."я").contains($0) || ("А"..."Я").contains($0) } || entry.russian == entry.english,
                    "\(text.path): \"\(entry.russian)\" is not Russian")
            #expect(!entry.russian.contains("\""), "\(text.path): Russian quotes are «ёлочки»")
        }
    }

    @Test func noTranslationIsLeftOver() async throws {
        let paths = Set(CommandLocalizations.texts(in: try await Self.declaredCommands()).map(\.path))
        let stale = Set(CommandLocalizations.russian.keys).subtracting(paths)
        #expect(stale.isEmpty, "no such command, option or choice any more: \(stale.sorted())")
    }

    @Test func theDeclaredCommandsCarryTheRussianAndStayValid() async throws {
        let localized = CommandLocalizations.localized(try await Self.declaredCommands())
        for text in CommandLocalizations.texts(in: localized) {
            let entry = try #require(CommandLocalizations.russian[text.path])
            // Identical text is left out: Discord ignores it, and plan would then see a difference.
            #expect(text.russian == (entry.russian == text.english ? nil : entry.russian), "\(text.path)")
        }
        #expect(RequestLimits.violations(inCommands: localized).isEmpty, "\(RequestLimits.violations(inCommands: localized))")
        let roll = try #require(localized.first { $0.name == "roll" })
        #expect(roll.descriptionLocalizations == ["ru": "Бросить кубики"])
        #expect(roll.nameLocalizations == nil, "names stay as they are")
        let mode = try #require(roll.options?.first { $0.name == "dice" }?.options?.first { $0.name == "mode" })
        #expect(mode.choices?.map { $0.nameLocalizations?["ru"] } == ["с преимуществом", "с помехой"])
        #expect(mode.choices?.map(\.name) == ["advantage", "disadvantage"], "the English stays the base")
    }

    @Test func applyingIsIdempotentAndKeepsOtherLocales() async throws {
        let declared = try await Self.declaredCommands()
        let once = CommandLocalizations.localized(declared)
        #expect(try Self.json(CommandLocalizations.localized(once)) == Self.json(once))
        #expect(once != declared, "the Russian is part of what plan compares")

        var ping = ApplicationCommandDefinition(name: "ping", description: "Check that the bot is up and how fast it answers",
                                                descriptionLocalizations: ["de": "Prüfen, ob der Bot läuft"])
        ping = CommandLocalizations.localized(ping)
        #expect(ping.descriptionLocalizations?["de"] == "Prüfen, ob der Bot läuft")
        #expect(ping.descriptionLocalizations?["ru"] == CommandLocalizations.russian["ping"]?.russian)
    }

    @Test func aChangedEnglishTextIsNotGivenTheOldRussian() {
        let changed = CommandLocalizations.localized([
            ApplicationCommandDefinition(name: "roll", description: "Roll dice, and more", options: [
                ApplicationCommandOption(type: .subcommand, name: "list", description: "List your saved rolls"),
            ]),
            ApplicationCommandDefinition(name: "not-a-command", description: "Nothing to translate"),
        ])
        #expect(changed[0].descriptionLocalizations == nil, "the old Russian says something else")
        #expect(changed[0].options?[0].descriptionLocalizations == ["ru": "Показать ваши сохранённые броски"])
        #expect(changed[1].descriptionLocalizations == nil)
    }

    @Test func requestLimitsCheckEveryLocalization() {
        let long = String(repeating: "ы", count: 101)
        let command = ApplicationCommandDefinition(name: "roll", description: "Roll dice", options: [
            ApplicationCommandOption(type: .string, name: "mode", description: "Mode", choices: [
                CommandChoice(name: "advantage", value: .string("advantage"), nameLocalizations: ["ru": long]),
            ], nameLocalizations: ["ru": "Режим"], descriptionLocalizations: ["ru": long]),
        ], descriptionLocalizations: ["ru": long])
        #expect(RequestLimits.violations(in: command).map(\.path).sorted() == [
            "description_localizations.ru",
            "options[0].choices[0].name_localizations.ru",
            "options[0].description_localizations.ru",
            "options[0].name_localizations.ru",
        ])

        // Only the longest text of a field counts towards the 8000 characters.
        let wordy = String(repeating: "ы", count: 100)
        let options = (0..<25).map { index in
            ApplicationCommandOption(type: .string, name: "o\(index)", description: "d", choices: (0..<3).map {
                CommandChoice(name: "c", value: .string("v\($0)"), nameLocalizations: ["ru": wordy])
            }, descriptionLocalizations: ["ru": wordy])
        }
        let big = ApplicationCommandDefinition(name: "big", description: "b", options: options)
        #expect(RequestLimits.violations(in: big).map(\.path) == [""], "25 × 4 × 100 Russian characters are over the budget")
    }

    @Test func aDeployThroughTheSandboxCarriesTheRussianWithNoDriftAfterwards() async throws {
        let declared = CommandLocalizations.localized(try await Self.declaredCommands())
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            try await withRESTClient(baseURL: await sandbox.apiBaseURL()) { rest in
                let deployer = CommandDeployer(rest: rest, applicationID: Snowflake(SandboxWorld.Demo.applicationID),
                                               declared: declared, logger: .test)
                let guild = CommandScope.guild(Snowflake(SandboxWorld.Demo.guildID))
                #expect(try await deployer.deploy(to: guild).applied)
                let plan = try await deployer.plan(for: guild)
                #expect(plan.inSync, "\(plan.changes.filter { $0.action != .unchanged })")
                #expect(try await !deployer.deploy(to: guild).applied, "nothing to write the second time")

                let remote = try await rest.getGuildCommands(applicationID: Snowflake(SandboxWorld.Demo.applicationID),
                                                             guild: Snowflake(SandboxWorld.Demo.guildID))
                #expect(remote.first { $0.name == "roll" }?.descriptionLocalizations == ["ru": "Бросить кубики"])
                #expect(CommandLocalizations.texts(in: remote.map(\.definition)) == CommandLocalizations.texts(in: declared))

                // English-only commands drift from the translated ones: the Russian is compared too.
                let english = CommandDeployer(rest: rest, applicationID: Snowflake(SandboxWorld.Demo.applicationID),
                                              declared: try await Self.declaredCommands(), logger: .test)
                #expect(try await !english.plan(for: guild).inSync)
            }
            await sandbox.world.expectRequestsValidAgainstSpec()
        }
    }

    @Test func theSandboxRefusesALocalizationDiscordWouldRefuse() async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            let body = try JSONDecoder().decode(JSONValue.self, from: Data("""
                [{"name": "roll", "description": "Roll dice", "options": [{"type": 3, "name": "mode", "description": "Mode",
                  "choices": [{"name": "advantage", "value": "advantage", "name_localizations": {"ru": "\(String(repeating: "ы", count: 101))"}}]}]}]
                """.utf8))
            await #expect(throws: SandboxRESTError.self) { try await sandbox.world.overwriteCommands(guild: nil, body: body) }
            #expect(await sandbox.world.commands(guild: nil).isEmpty)
        }
    }
}
