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
        func run() async -> DoctorResult { result }
    }

    /// Never answers by itself: only the deadline ends it.
    struct Hung: DoctorCheck {
        let name = "hung"
        let title = "Hung"
        let summary = "never finishes"
        func run() async -> DoctorResult {
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

    @Test func aHungCheckTimesOutAndTheOthersStillReport() async {
        let doctor = Doctor(checks: [Hung(), Fixed(name: "ok", result: .ok("fine"))], timeout: .milliseconds(300))
        let report = await doctor.run()
        #expect(report.checks.map(\.status) == [.failure, .ok])
        #expect(report.checks[0].summary.contains("did not finish"))
    }

    @Test func combineWeighsFindings() {
        #expect(DoctorResult.combine([.note("n")], ok: "fine", fix: "f") == .ok("fine", details: ["n"]))
        #expect(DoctorResult.combine([.warning("w")], ok: "fine", fix: "f").status == .warning)
        let mixed = DoctorResult.combine([.warning("w"), .failure("x")], ok: "fine", fix: "f")
        #expect(mixed.status == .failure && mixed.details == ["x", "w"] && mixed.fix == "f")
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
