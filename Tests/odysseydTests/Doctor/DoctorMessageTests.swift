import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Doctor message for /admin doctor")
struct DoctorMessageTests {
    static let report = DoctorReport(checks: [
        DoctorCheckResult(name: "migrations", title: "Database migrations", status: .ok, summary: "7 applied"),
        DoctorCheckResult(name: "setup", title: "Setup rows", status: .failure, summary: "3 missing",
                          details: ["settings missing: default_locale"], fix: "Run `odysseyctl seed`"),
        DoctorCheckResult(name: "jobs", title: "Job queues", status: .warning, summary: "1 failed"),
    ])

    @Test func rendersAnEphemeralEmbedWithTheProblems() throws {
        let payload = DoctorMessage.payload(for: Self.report, in: .en)
        try RequestLimits.validate(payload)
        #expect(payload.flags == .ephemeral)
        let embed = try #require(payload.embeds?.first)
        #expect(embed.color == DoctorMessage.failureColor)
        #expect(embed.description?.contains("✅ **Database migrations**: 7 applied") == true)
        #expect(embed.fields?.map(\.name) == ["❌ Setup rows", "⚠️ Job queues"])
        #expect(embed.fields?.first?.value == "• settings missing: default_locale\n**Fix:** Run `odysseyctl seed`")
        #expect(embed.title == "Doctor")
        #expect(embed.footer?.text == "Doctor found 2 issues in 2 categories.")
        #expect(embed.footer?.text == Self.report.closingLine, "the English frame says what `odysseyctl doctor` says")
    }

    @Test func theFrameIsRussianByDefaultAndTheFindingsStayAsTheChecksWroteThem() throws {
        let embed = try #require(DoctorMessage.payload(for: Self.report, in: .ru).embeds?.first)
        #expect(embed.title == "Диагностика")
        #expect(embed.description?.contains("✅ **Миграции базы данных**: 7 applied") == true, "\(embed)")
        #expect(embed.fields?.map(\.name) == ["❌ Начальные настройки", "⚠️ Очереди задач"])
        #expect(embed.fields?.first?.value == "• settings missing: default_locale\n**Как исправить:** Run `odysseyctl seed`")
        #expect(embed.footer?.text == "Диагностика нашла 2 проблемы в 2 категориях.")
        let one = DoctorReport(checks: [DoctorCheckResult(name: "x", title: "Unknown check", status: .warning, summary: "odd")])
        #expect(DoctorMessage.closingLine(one, in: .ru) == "Диагностика нашла 1 проблему в 1 категории.")
        #expect(DoctorMessage.title(of: one.checks[0], in: .ru) == "Unknown check", "a check without a catalog title keeps its own")
        let many = DoctorReport(checks: (0..<5).map { DoctorCheckResult(name: "c\($0)", title: "C", status: .failure, summary: "s") })
        #expect(DoctorMessage.closingLine(many, in: .ru) == "Диагностика нашла 5 проблем в 5 категориях.")
        #expect(DoctorMessage.closingLine(DoctorReport(checks: []), in: .ru) == "Проблем не найдено!")
    }

    @Test func everyCheckTitleInTheCatalogMatchesWhatTheCLIPrints() {
        // The en catalog repeats each check's own title; both name the same checks.
        let titles = ["migrations": "Database migrations", "setup": "Setup rows", "discord-token": "Discord token",
                      "gateway": "Discord gateway", "permissions": "Bot permissions", "mileage-roles": "Mileage tier role grants",
                      "features": "Feature configuration", "schedules": "Recurring schedules", "jobs": "Job queues",
                      "control-socket": "Control socket"]
        #expect(Set(MessageKeys.Doctor.checkNames) == Set(titles.keys))
        for (name, title) in titles {
            #expect(Localizer.text(MessageKeys.Doctor.checkTitle(name), in: .en) == title, "\(name)")
        }
    }

    @Test func staysWithinDiscordsLimitsWhateverTheFindings() throws {
        let long = String(repeating: "x", count: 3000)
        let checks = (0..<30).map {
            DoctorCheckResult(name: "c\($0)", title: "Check \($0) " + long, status: .failure, summary: long,
                              details: Array(repeating: long, count: 5), fix: long)
        }
        for language in Language.allCases {
            try RequestLimits.validate(DoctorMessage.payload(for: DoctorReport(checks: checks), in: language))
        }
        let allOK = DoctorMessage.payload(for: DoctorReport(checks: [DoctorCheckResult(name: "a", title: "A", status: .ok, summary: "fine")]),
                                          in: .en)
        #expect(allOK.embeds?.first?.color == DoctorMessage.okColor)
        #expect(allOK.embeds?.first?.fields == nil)
        #expect(allOK.embeds?.first?.footer?.text == "No issues found!")
    }
}
