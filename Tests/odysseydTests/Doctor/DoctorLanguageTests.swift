import Foundation
import Hummingbird
import HummingbirdTesting
import Shared
import Testing
@testable import odysseyd

/// The checks' findings in the server's language for `/admin doctor`, and in English, word for
/// word as before, for the control API (`odysseyctl doctor`): against a real PostgreSQL.
@Suite("Doctor findings in the server's language")
struct DoctorLanguageTests {
    typealias K = MessageKeys.DoctorChecks
    typealias Demo = SandboxWorld.Demo

    @Test func setupFindingsInRussianAndInTheCLIsEnglish() async throws {
        try await DoctorDatabase.with(seeded: false) { pool in
            let check = SetupCheck(database: pool, schemaReady: { true })
            let en = await check.run(in: .en)
            let ru = await check.run(in: .ru)
            #expect(en.status == .failure && ru.status == .failure)
            let missing = try #require(Int(en.summary.prefix { $0.isNumber }), "\(en)")
            #expect(en.summary == "\(missing) setup row(s) missing", "what `odysseyctl doctor` has always printed")
            #expect(en.fix == "Run `odysseyctl seed`")
            #expect(en.details.contains { $0.hasPrefix("settings missing: ") && $0.contains("default_locale") })
            #expect(await check.run() == en, "English unless told otherwise")

            #expect(ru.summary == Localizer.plural(K.setupMissing, missing, in: .ru))
            #expect(ru.summary != en.summary)
            #expect(ru.fix == Localizer.text(K.setupFix, in: .ru))
            let settingsPrefix = Localizer.text(K.setupSettingsMissing, ["keys": ""], in: .ru)
            #expect(ru.details.contains { $0.hasPrefix(settingsPrefix) && $0.contains("default_locale") }, "setting keys stay verbatim")
            #expect(ru.details.count == en.details.count)

            let notReady = await SetupCheck(database: pool, schemaReady: { false }).run(in: .ru)
            #expect(notReady == .schemaNotReady(in: .ru))
            #expect(notReady.summary == Localizer.text(K.schemaNotReady, in: .ru))
        }
    }

    @Test func combinedFindingsAreCountedInTheLanguage() async throws {
        try await DoctorDatabase.with { pool in
            let check = FeaturesCheck(database: pool, features: FeatureFlags(database: pool), schemaReady: { true })
            _ = try await pool.query("INSERT INTO stage_queue_settings (guild_id, updated_at) VALUES (42, now())")
            let one = await check.run(in: .ru)
            #expect(one.status == .warning)
            #expect(one.summary == Localizer.text(K.featuresNoSignUp, ["guild": "42"], in: .ru), "\(one)")
            #expect(one.fix == Localizer.text(K.featuresFix, in: .ru))

            _ = try await pool.query("INSERT INTO stage_queue_settings (guild_id, updated_at) VALUES (43, now())")
            let two = await check.run(in: .ru)
            #expect(two.summary == Localizer.plural(K.warnings, 2, in: .ru))
            #expect(two.details == ["42", "43"].map { Localizer.text(K.featuresNoSignUp, ["guild": $0], in: .ru) })
            let english = await check.run(in: .en)
            #expect(english.summary == "2 warnings")
            #expect(english.details == ["guild 42: stage_queue is on without a sign-up channel",
                                        "guild 43: stage_queue is on without a sign-up channel"])
        }
    }

    @Test func theControlAPIAnswersInEnglish() async throws {
        try await DoctorDatabase.with(seeded: false) { pool in
            let check = SetupCheck(database: pool, schemaReady: { true })
            let english = await check.run(in: .en)
            let router = Router(context: ControlRequestContext.self)
            DoctorControlRoutes(doctor: Doctor(checks: [check])).register(on: router)
            try await Application(router: router).test(.router) { client in
                for uri in ["/v1/doctor", "/v1/doctor?check=setup"] {
                    let (status, body) = try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
                    #expect(status == .ok, "\(uri): \(body)")
                    let report = try ControlJSON.decoder.decode(DoctorReport.self, from: Data(body.utf8))
                    let setup = try #require(report.checks.first)
                    #expect(setup.summary == english.summary && setup.details == english.details && setup.fix == english.fix, "\(uri)")
                }
            }
        }
    }

    /// `/admin doctor` with a real doctor: Russian by default, English on a server set to English.
    func withDoctor(_ language: Language?, _ body: (FeatureSandbox, SetupCheck) async throws -> Void) async throws {
        try await FeatureSandbox.with(module: { pool, queue in
            AdminFeature(flags: FeatureFlags(database: pool), pool: pool, settings: GuildSettingsStore(pool: pool),
                         scheduler: Scheduler(queue: queue, logger: .test), health: DaemonHealth(), queues: JobInspector(queue: queue),
                         doctor: { language in await Doctor(checks: [SetupCheck(database: pool, schemaReady: { true })]).run(in: language) })
        }) { sandbox, _ in
            if let language { try await sandbox.setLanguage(language) }
            try await body(sandbox, SetupCheck(database: sandbox.pool, schemaReady: { true }))
        }
    }

    /// Every string in the answer's embed (title, description, field names and values, footer).
    func texts(_ outcome: SandboxInteractionOutcome) -> [String] {
        func strings(_ value: JSONValue) -> [String] {
            switch value {
            case .string(let text): [text]
            case .array(let values): values.flatMap(strings)
            case .object(let object): object.values.flatMap(strings)
            default: []
            }
        }
        return (outcome.response?.embeds ?? []).flatMap(strings)
    }

    @Test func adminDoctorShowsTheFindingsInRussianByDefault() async throws {
        try await withDoctor(nil) { sandbox, check in
            let outcome = try await sandbox.run("/admin doctor", as: Demo.benUserID, channel: Demo.generalChannelID)
            let ru = await check.run(in: .ru)
            let texts = texts(outcome)
            #expect(texts.contains { $0.contains(ru.summary) }, "\(outcome)")
            let fix = Localizer.text(MessageKeys.Doctor.fix, ["fix": Localizer.text(K.setupFix, in: .ru)], in: .ru)
            #expect(texts.contains { $0.contains(fix) }, "\(outcome)")
            #expect(!texts.contains { $0.contains("setup row(s) missing") || $0.contains("Run `odysseyctl seed`") }, "no English left")
        }
    }

    @Test func adminDoctorOnAnEnglishServerShowsTheCLIsWords() async throws {
        try await withDoctor(.en) { sandbox, check in
            let outcome = try await sandbox.run("/admin doctor", as: Demo.benUserID, channel: Demo.generalChannelID)
            let en = await check.run(in: .en)
            let texts = texts(outcome)
            #expect(texts.contains { $0.contains("**Setup rows**: \(en.summary)") }, "\(outcome)")
            #expect(texts.contains { $0.contains("**Fix:** Run `odysseyctl seed`") }, "\(outcome)")
        }
    }
}
