import Foundation

/// How one doctor check came out: `[✓]`, `[!]` or `[✗]` in the `flutter doctor` manner.
public enum DoctorStatus: String, Codable, Sendable, CaseIterable {
    case ok
    /// Works, but something is off and will bite later (a schedule for a disabled feature).
    case warning
    /// Broken now (no permission, token rejected, migrations pending).
    case failure
}

/// One check's result, as `GET /v1/doctor` returns it.
public struct DoctorCheckResult: Codable, Sendable, Equatable {
    /// The name `odysseyctl doctor NAME` runs it by, e.g. `discord-token`.
    public var name: String
    public var title: String
    public var status: DoctorStatus
    /// One line after the title, e.g. "2 of 3 guilds lack permissions".
    public var summary: String
    /// One line per finding.
    public var details: [String]
    /// What the operator does about it; nil when nothing is wrong.
    public var fix: String?
    public var durationSeconds: Double

    public init(name: String, title: String, status: DoctorStatus, summary: String, details: [String] = [], fix: String? = nil,
                durationSeconds: Double = 0) {
        self.name = name
        self.title = title
        self.status = status
        self.summary = summary
        self.details = details
        self.fix = fix
        self.durationSeconds = durationSeconds
    }
}

/// The body of `GET /v1/doctor[?check=NAME]`: every check that ran, in a fixed order.
///
/// ```swift
/// let report = try await client.doctor(check: nil)
/// if report.hasIssues { print("Doctor found \(report.issueCount) issues") }
/// ```
public struct DoctorReport: Codable, Sendable, Equatable {
    public var checks: [DoctorCheckResult]
    public var generatedAt: Date

    public init(checks: [DoctorCheckResult], generatedAt: Date = Date()) {
        self.checks = checks
        self.generatedAt = generatedAt
    }

    /// Checks that are not ok: warnings count, as `flutter doctor` counts its `[!]`s.
    public var issueCount: Int { checks.filter { $0.status != .ok }.count }
    public var hasIssues: Bool { issueCount > 0 }
    public var failureCount: Int { checks.filter { $0.status == .failure }.count }

    /// Findings in the checks that are not ok (a check without details counts as one).
    public var findingCount: Int { checks.filter { $0.status != .ok }.reduce(0) { $0 + max(1, $1.details.count) } }

    /// The `flutter doctor` closing line: "Doctor found 3 issues in 2 categories." or "No issues found!".
    public var closingLine: String {
        guard hasIssues else { return "No issues found!" }
        let issues = findingCount
        return "Doctor found \(issues) issue\(issues == 1 ? "" : "s") in \(issueCount) categor\(issueCount == 1 ? "y" : "ies")."
    }
}

/// One entry of `GET /v1/doctor/checks`.
public struct DoctorCheckInfo: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    public var summary: String

    public init(name: String, title: String, summary: String) {
        self.name = name
        self.title = title
        self.summary = summary
    }
}

/// The body of `GET /v1/doctor/checks`.
public struct DoctorCheckListResponse: Codable, Sendable, Equatable {
    public var checks: [DoctorCheckInfo]

    public init(checks: [DoctorCheckInfo]) { self.checks = checks }
}
