import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Doctor message for /admin doctor")
struct DoctorMessageTests {
    @Test func rendersAnEphemeralEmbedWithTheProblems() throws {
        let report = DoctorReport(checks: [
            DoctorCheckResult(name: "migrations", title: "Database migrations", status: .ok, summary: "7 applied"),
            DoctorCheckResult(name: "setup", title: "Setup rows", status: .failure, summary: "3 missing",
                              details: ["settings missing: default_locale"], fix: "Run `odysseyctl seed`"),
            DoctorCheckResult(name: "jobs", title: "Job queues", status: .warning, summary: "1 failed"),
        ])
        let payload = DoctorMessage.payload(for: report)
        try RequestLimits.validate(payload)
        #expect(payload.flags == .ephemeral)
        let embed = try #require(payload.embeds?.first)
        #expect(embed.color == DoctorMessage.failureColor)
        #expect(embed.description?.contains("✅ **Database migrations**: 7 applied") == true)
        #expect(embed.fields?.map(\.name) == ["❌ Setup rows", "⚠️ Job queues"])
        #expect(embed.fields?.first?.value == "• settings missing: default_locale\n**Fix:** Run `odysseyctl seed`")
        #expect(embed.footer?.text == "Doctor found 2 issues in 2 categories.")
    }

    @Test func staysWithinDiscordsLimitsWhateverTheFindings() throws {
        let long = String(repeating: "x", count: 3000)
        let checks = (0..<30).map {
            DoctorCheckResult(name: "c\($0)", title: "Check \($0) " + long, status: .failure, summary: long,
                              details: Array(repeating: long, count: 5), fix: long)
        }
        let payload = DoctorMessage.payload(for: DoctorReport(checks: checks))
        try RequestLimits.validate(payload)
        let allOK = DoctorMessage.payload(for: DoctorReport(checks: [DoctorCheckResult(name: "a", title: "A", status: .ok, summary: "fine")]))
        #expect(allOK.embeds?.first?.color == DoctorMessage.okColor)
        #expect(allOK.embeds?.first?.fields == nil)
        #expect(allOK.embeds?.first?.footer?.text == "No issues found!")
    }
}
