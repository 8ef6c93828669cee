import Foundation
import Shared
import Testing
@testable import odysseyctl

/// `odysseyctl doctor` as text, in the `flutter doctor` manner.
@Suite("Doctor renderer")
struct DoctorRendererTests {
    @Test func oneLinePerCheckDetailsAndFixUnderProblemsThenTheSummary() {
        let report = DoctorReport(checks: [
            DoctorCheckResult(name: "migrations", title: "Database migrations", status: .ok, summary: "7 applied, none pending"),
            DoctorCheckResult(name: "setup", title: "Setup rows", status: .failure, summary: "2 setup row(s) missing",
                              details: ["settings missing: default_locale", "feature flags missing: dice"], fix: "Run `odysseyctl seed`"),
            DoctorCheckResult(name: "jobs", title: "Job queues", status: .warning, summary: "duel.refresh: 1 failed job(s)",
                              details: ["duel.refresh: 1 failed job(s) in the dead letter"], fix: "See `odysseyctl queue show NAME`"),
        ])
        #expect(DoctorRenderer.text(for: report) == """
            [✓] Database migrations: 7 applied, none pending
            [✗] Setup rows: 2 setup row(s) missing
                • settings missing: default_locale
                • feature flags missing: dice
                ✗ fix: Run `odysseyctl seed`
            [!] Job queues: duel.refresh: 1 failed job(s)
                • duel.refresh: 1 failed job(s) in the dead letter
                ✗ fix: See `odysseyctl queue show NAME`

            Doctor found 3 issues in 2 categories.
            """)
    }

    @Test func allGood() {
        let report = DoctorReport(checks: [DoctorCheckResult(name: "a", title: "A", status: .ok, summary: "fine", details: ["note"])])
        #expect(DoctorRenderer.text(for: report) == "[✓] A: fine\n    • note\n\nNo issues found!")
    }

    @Test func listsChecks() {
        let text = DoctorRenderer.list(DoctorCheckListResponse(checks: [DoctorCheckInfo(name: "setup", title: "Setup rows", summary: "seeded")]))
        #expect(text.contains("CHECK") && text.contains("setup") && text.contains("Setup rows"))
    }
}
