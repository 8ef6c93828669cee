import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Doctor runner")
struct DoctorRunnerTests {
    struct Fixed: DoctorCheck {
        let name: String
        let title = "Fixed"
        let summary = "returns what it was given"
        let result: DoctorResult
        func run(in language: Language) async -> DoctorResult { result }
    }

    /// Never answers by itself: only the deadline ends it.
    struct Hung: DoctorCheck {
        let name = "hung"
        let title = "Hung"
        let summary = "never finishes"
        func run(in language: Language) async -> DoctorResult {
            await withTaskCancellationHandler {
                await AsyncStream<Void> { _ in }.first { _ in true }
            } onCancel: {}
            return .ok("unreachable")
        }
    }

    @Test func runsEveryCheckInCatalogueOrderAndOneByName() async {
        let doctor = Doctor(checks: [
            Fixed(name: "b", result: .failure("broken", fix: "fix it")),
            Fixed(name: "a", result: .ok("fine")),
        ])
        let report = await doctor.run()
        #expect(report.checks.map(\.name) == ["b", "a"])
        #expect(report.checks[0].status == .failure && report.checks[0].fix == "fix it")
        #expect(report.issueCount == 1 && report.hasIssues)
        #expect(report.closingLine == "Doctor found 1 issue in 1 category.")
        #expect(await doctor.run(only: "a")?.checks.map(\.name) == ["a"])
        #expect(await doctor.run(only: "nope") == nil)
        #expect(doctor.list.checks.map(\.name) == ["b", "a"])
    }

    /// Answers with the language it was run in.
    struct Echo: DoctorCheck {
        let name = "echo"
        let title = "Echo"
        let summary = "says which language it ran in"
        func run(in language: Language) async -> DoctorResult { .ok(language.rawValue) }
    }

    @Test func aHungCheckTimesOutAndTheOthersStillReport() async {
        let doctor = Doctor(checks: [Hung(), Fixed(name: "ok", result: .ok("fine"))], timeout: .milliseconds(300))
        let report = await doctor.run()
        #expect(report.checks.map(\.status) == [.failure, .ok])
        #expect(report.checks[0].summary == "did not finish within 0 s")
        #expect(report.checks[0].fix == "Run `odysseyctl doctor hung` again; if it hangs again, see the daemon's log")
        let russian = await doctor.run(in: .ru)
        #expect(russian.checks[0].summary == Localizer.text(MessageKeys.DoctorChecks.timeout, ["seconds": "0"], in: .ru))
        #expect(russian.checks[0].fix == Localizer.text(MessageKeys.DoctorChecks.timeoutFix, ["check": "hung"], in: .ru))
    }

    @Test func everyCheckRunsInTheDoctorsLanguageEnglishByDefault() async {
        let doctor = Doctor(checks: [Echo()])
        #expect(await doctor.run().checks.map(\.summary) == ["en"])
        #expect(await doctor.run(in: .ru).checks.map(\.summary) == ["ru"])
        #expect(await doctor.run(only: "echo", in: .ru)?.checks.map(\.summary) == ["ru"])
        #expect(await doctor.run(only: "echo")?.checks.map(\.summary) == ["en"])
    }

    @Test func combineWeighsFindings() {
        #expect(DoctorResult.combine([.note("n")], ok: "fine", fix: "f", in: .en) == .ok("fine", details: ["n"]))
        #expect(DoctorResult.combine([.warning("w")], ok: "fine", fix: "f", in: .en).status == .warning)
        let mixed = DoctorResult.combine([.warning("w"), .failure("x")], ok: "fine", fix: "f", in: .en)
        #expect(mixed.status == .failure && mixed.details == ["x", "w"] && mixed.fix == "f")
        let failures: [DoctorFinding] = [.failure("x"), .failure("y"), .warning("w")]
        #expect(DoctorResult.combine(failures, ok: "fine", fix: nil, in: .en).summary == "2 problems")
        #expect(DoctorResult.combine(failures, ok: "fine", fix: nil, in: .ru).summary
            == Localizer.plural(MessageKeys.DoctorChecks.problems, 2, in: .ru))
        #expect(DoctorResult.combine([.warning("v"), .warning("w")], ok: "fine", fix: nil, in: .ru).summary
            == Localizer.plural(MessageKeys.DoctorChecks.warnings, 2, in: .ru))
    }

    @Test func jobNamesMapToFeatures() {
        #expect(JobFeature.name(forJob: "weekly.raid.start") == "raids")
        #expect(JobFeature.name(forJob: "daily.raid.offers.generate") == "raids")
        #expect(JobFeature.name(forJob: "weekly.horoscope.publish") == "horoscope")
        #expect(JobFeature.name(forJob: "weekly.checkin.nudge") == "checkins")
        #expect(JobFeature.name(forJob: "monthly.hall.refresh") == "monthly_hall")
        #expect(JobFeature.name(forJob: "public.post.publish") == "public_posts")
        #expect(JobFeature.name(forJob: "mileage.tiers.retry") == "mileage")
        #expect(JobFeature.name(forJob: "stage.queue.refresh") == "stage_queue")
        #expect(JobFeature.name(forJob: "oauth.token.refresh") == nil)
        // Every shipped schedule belongs to a feature of the catalogue.
        for entry in ScheduleCatalog.all {
            #expect(JobFeature.name(forJob: entry.jobName).flatMap(FeatureCatalog.feature(named:)) != nil, "\(entry.jobName)")
        }
    }
}
