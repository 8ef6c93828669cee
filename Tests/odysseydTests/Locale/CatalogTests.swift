import Foundation
import Testing
@testable import odysseyd

@Suite("Message catalogs")
struct CatalogTests {
    @Test("every key the code uses exists in every language")
    func keysUsedExist() {
        for language in Language.allCases {
            let table = Catalog.table(for: language)
            for key in MessageKeys.all {
                #expect(table[key] != nil, "\(key) missing in \(language)")
            }
        }
    }

    @Test("both catalogs hold the same keys")
    func sameKeys() {
        let ru = Set(Catalog.ru.keys), en = Set(Catalog.en.keys)
        #expect(ru.subtracting(en).isEmpty, "only in ru: \(ru.subtracting(en).sorted())")
        #expect(en.subtracting(ru).isEmpty, "only in en: \(en.subtracting(ru).sorted())")
        // A key in the catalogs but not in MessageKeys is dead text, or used by a raw string.
        #expect(en.subtracting(MessageKeys.all).isEmpty, "not in MessageKeys.all: \(en.subtracting(MessageKeys.all).sorted())")
        #expect(Set(MessageKeys.all).count == MessageKeys.all.count, "MessageKeys.all lists a key twice")
    }

    @Test("each section holds exactly the keys it declares, and no key is in two sections")
    func sectionsAreSelfContained() {
        var owner: [String: Int] = [:]
        for (index, section) in Catalog.sections.enumerated() {
            let declared = Set(section.entries)
            for language in Language.allCases {
                let table = Set(section.table(for: language).keys)
                #expect(table == declared, "section \(index) in \(language): missing \(declared.subtracting(table).sorted()), undeclared \(table.subtracting(declared).sorted())")
            }
            for key in declared {
                if let first = owner.updateValue(index, forKey: key) {
                    Issue.record("\(key) is in sections \(first) and \(index)")
                }
            }
        }
    }

    @Test("each key has the same placeholders in every language, and no empty text")
    func samePlaceholders() {
        for (key, english) in Catalog.en {
            #expect(!english.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty in en")
            for language in Language.allCases where language != .en {
                guard let text = Catalog.table(for: language)[key] else { continue }
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty in \(language)")
                #expect(Localizer.placeholders(in: text) == Localizer.placeholders(in: english),
                        "\(key): \(language) has \(Localizer.placeholders(in: text).sorted()), en has \(Localizer.placeholders(in: english).sorted())")
            }
        }
    }

    @Test("placeholders are filled; a missing key falls back to English, then to the key")
    func rendering() {
        #expect(Localizer.text(MessageKeys.Interaction.missingPermission, ["permissions": "Manage Server"], in: .en)
                == "You need the Manage Server permission to do this.")
        #expect(Localizer.text(MessageKeys.Interaction.done, in: .ru) == "Готово.")
        #expect(Localizer.text("no.such.key", in: .ru) == "no.such.key")
        #expect(Localizer.placeholders(in: "{a} and {b}, {a}") == ["a", "b"])
        // One pass: a value that looks like a placeholder stays as typed.
        #expect(Localizer.fill("{name} rolled {total}", ["name": "{total}", "total": "12"]) == "{total} rolled 12")
        #expect(Localizer.fill("{{a}} {b} {", ["a": "1"]) == "{1} {b} {")
    }
}

@Suite("Locale resolution")
struct LanguageResolverTests {
    @Test("a guild's setting decides, ru by default; DMs follow the user's Discord locale")
    func resolution() async throws {
        let resolver = LanguageResolver(lookup: { guild in guild == Snowflake(1) ? "en" : nil })
        #expect(await resolver.language(for: Snowflake(1)) == .en)
        #expect(await resolver.language(for: Snowflake(2)) == .ru)
        #expect(await resolver.language(for: nil) == .ru)
        #expect(Language(discordLocale: "ru") == .ru)
        #expect(Language(discordLocale: "en-US") == .en)
        #expect(Language(setting: "de") == .ru)
    }

    @Test("a failing lookup answers in the default, and a guild is cached for a few seconds")
    func caching() async throws {
        let calls = Counter()
        let clock = Clock()
        let resolver = LanguageResolver(lookup: { _ in await calls.increment(); return "en" }, now: { clock.now })
        #expect(await resolver.language(for: Snowflake(7)) == .en)
        #expect(await resolver.language(for: Snowflake(7)) == .en)
        #expect(await calls.value == 1)
        clock.now = clock.now.addingTimeInterval(LanguageResolver.cacheLifetime + 1)
        _ = await resolver.language(for: Snowflake(7))
        #expect(await calls.value == 2)

        struct Down: Error {}
        let failing = LanguageResolver(lookup: { _ in throw Down() })
        #expect(await failing.language(for: Snowflake(7)) == .ru)
    }

    private actor Counter {
        var value = 0
        func increment() { value += 1 }
    }

    private final class Clock: @unchecked Sendable {
        // Only touched from the test's own sequential steps.
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }
}

@Suite("Localised refusals")
struct LocalisedRefusalTests {
    private func command(_ name: String, guild: Bool, locale: String? = nil) throws -> Interaction {
        let place = guild
            ? #""guild_id":"500","member":{"user":{"id":"42","username":"ann"},"roles":[],"permissions":"0"}"#
            : #""user":{"id":"42","username":"ann"}"#
        let userLocale = locale.map { #","locale":"\#($0)""# } ?? ""
        let body = #"{"id":"1","application_id":"11","type":2,"token":"t",\#(place)\#(userLocale),"data":{"id":"9","name":"\#(name)","type":1}}"#
        return try JSONDecoder().decode(Interaction.self, from: Data(body.utf8))
    }

    @Test("the router writes its refusals in the language it is given")
    func routerLanguage() throws {
        var router = InteractionRouter()
        router.command(["season"], options: .init(feature: "season", guildOnly: true)) { _ in .none }
        router.command(["roles"], options: .init(feature: "roles", requiredPermissions: .manageRoles)) { _ in .none }
        for language in Language.allCases {
            guard case .refuse(let gone, _) = router.decide(try command("gone", guild: true), language: language),
                  case .refuse(let dm, _) = router.decide(try command("season", guild: false), language: language),
                  case .refuse(let denied, _) = router.decide(try command("roles", guild: true), language: language)
            else { Issue.record("not refused"); continue }
            #expect(gone == .ephemeral(Localizer.text(MessageKeys.Interaction.unavailable, in: language)))
            #expect(dm == .ephemeral(Localizer.text(MessageKeys.Interaction.guildOnly, in: language)))
            let name = language == .ru ? "Управлять ролями" : "Manage Roles"
            #expect(denied == .ephemeral(Localizer.text(MessageKeys.Interaction.missingPermission,
                                                        ["permissions": name], in: language)))
        }
    }

    @Test("every permission has the name Discord's Russian client shows")
    func russianPermissionNames() {
        for (permission, name) in DiscordPermissions.named {
            let russian = DiscordPermissions.russianNames[permission.rawValue]
            #expect(russian?.isEmpty == false, "\(name) has no Russian name")
        }
        #expect(DiscordPermissions.russianNames.count == DiscordPermissions.named.count, "a Russian name for an unknown bit")
        #expect(DiscordPermissions([.manageGuild, .manageRoles, .manageMessages, .muteMembers]).names(in: .ru)
                == ["Управлять сервером", "Управлять сообщениями", "Отключать участникам микрофон", "Управлять ролями"])
        #expect(DiscordPermissions([.manageRoles]).names(in: .en) == ["Manage Roles"])
        #expect(DiscordPermissions(rawValue: 1 << 63).names(in: .ru) == ["Неизвестное (1 << 63)"])
    }

    @Test("every feature has a summary in every language, and the CLI's is the English one")
    func featureSummaries() {
        for feature in [FeatureCatalog.core] + FeatureCatalog.all {
            for language in Language.allCases {
                #expect(Catalog.table(for: language)[MessageKeys.Features.summary(feature.name)] != nil, "\(feature.name) in \(language)")
            }
        }
        let dice = FeatureCatalog.feature(named: "dice")
        #expect(dice?.summary(in: .ru) == "кубики, персонажи и инициатива")
        #expect(dice?.summary(in: .en) == "dice roller, characters, initiative")
    }

    @Test("the responder answers a guild set to en in English, and other guilds in ru")
    func responderUsesTheGuildSetting() async throws {
        var router = InteractionRouter()
        router.command(["quiet"], options: .init(feature: "test")) { _ in .none }
        let languages = LanguageResolver(lookup: { guild in guild == Snowflake(500) ? "en" : nil })
        try await withRESTClient(baseURL: "http://127.0.0.1:9", token: "t") { rest in
            let responder = InteractionResponder(router: router, rest: rest, applicationID: 1, now: { Date() },
                                                 languages: languages, logger: .test)
            guard case .immediate(.message(let gone)) = await responder.start(try command("gone", guild: true)),
                  case .immediate(.message(let done)) = await responder.start(try command("quiet", guild: true))
            else { Issue.record("immediate messages expected"); return }
            #expect(gone.content == "This action is no longer available.")
            #expect(done.content == "Done.")
        }
        let russian = InteractionResponder.initialResponse(for: .none, interaction: try command("quiet", guild: true), options: nil,
                                                           language: .ru, logger: .test)
        #expect(russian == .message(MessagePayload(content: "Готово.", flags: .ephemeral)))
    }

    @Test("a language lookup that never answers does not hold up the reply: it comes in the default")
    func stuckLookup() async throws {
        var router = InteractionRouter()
        router.command(["quiet"], options: .init(feature: "test")) { _ in .none }
        // A lookup stuck behind a busy pool; it outlives the test on purpose.
        let languages = LanguageResolver(lookup: { _ in
            try await Task.sleep(for: .seconds(3600))
            return "en"
        })
        try await withRESTClient(baseURL: "http://127.0.0.1:9", token: "t") { rest in
            let responder = InteractionResponder(router: router, rest: rest, applicationID: 1, now: { Date() },
                                                 languages: languages, logger: .test)
            guard case .immediate(.message(let done)) = await responder.start(try command("quiet", guild: true)) else {
                Issue.record("an immediate message expected"); return
            }
            #expect(done.content == Localizer.text(MessageKeys.Interaction.done, in: .ru))
        }
    }

    @Test("without a resolver guilds get ru; a DM follows the user's Discord locale")
    func offline() throws {
        #expect(LanguageResolver.offline(try command("x", guild: true, locale: "en-US")) == .ru)
        #expect(LanguageResolver.offline(try command("x", guild: false, locale: "en-US")) == .en)
        #expect(LanguageResolver.offline(try command("x", guild: false, locale: "ru")) == .ru)
        #expect(LanguageResolver.offline(try command("x", guild: false)) == .ru)
    }

    @Test("/ping and the uptime text follow the language")
    func core() {
        #expect(CoreFeature.uptimeText(seconds: 3_725, in: .ru) == "1 ч 2 мин")
        #expect(CoreFeature.uptimeText(seconds: 3_725, in: .en) == "1h 2m")
        #expect(Localizer.text(MessageKeys.Core.pong, ["latency": "12 мс"], in: .ru).hasPrefix("Pong!"))
    }
}

@Suite("Plural forms")
struct PluralFormTests {
    @Test("Russian picks one, few or many the way Russian counts; English one or many")
    func forms() {
        let ru = [1, 2, 5, 11, 12, 21, 22, 25, 111, 0].map { Localizer.plural(MessageKeys.Stats.days, $0, in: .ru) }
        #expect(ru == ["1 день", "2 дня", "5 дней", "11 дней", "12 дней", "21 день", "22 дня", "25 дней", "111 дней", "0 дней"])
        #expect([1, 2, 0].map { Localizer.plural(MessageKeys.Stats.uses, $0, in: .en) } == ["1 use", "2 uses", "0 uses"])
    }

    @Test("/stats renders in Russian")
    func statsInRussian() {
        let embed = StatsFeature.embed(for: StatsFeatureTests.report(commands: []), days: 7, in: .ru)
        #expect(embed.title == "Использование команд за 7 дней")
        #expect(embed.description?.hasPrefix("За это время здесь ещё не использовали") == true)
    }
}
