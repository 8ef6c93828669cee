import Foundation

/// One runbook as `odysseyctl runbook ls|show` lists it: the operations seed's steps, turned into
/// checks the daemon runs.
public struct RunbookInfo: Codable, Sendable, Equatable {
    /// The name `odysseyctl runbook run NAME` takes, e.g. `stuck-jobs`.
    public var name: String
    public var title: String
    public var summary: String
    /// What each step looks at, in order.
    public var steps: [String]
    /// What `run NAME --apply` does; nil when the runbook only diagnoses.
    public var action: String?

    public init(name: String, title: String, summary: String, steps: [String], action: String?) {
        self.name = name
        self.title = title
        self.summary = summary
        self.steps = steps
        self.action = action
    }
}

/// `GET /v1/runbooks`.
public struct RunbookListResponse: Codable, Sendable, Equatable {
    public var runbooks: [RunbookInfo]

    public init(runbooks: [RunbookInfo]) {
        self.runbooks = runbooks
    }
}

/// Narrows a runbook to some jobs: the seed's "filter by `job_id`, `feature`, `action`".
public struct RunbookFilter: Codable, Sendable, Equatable {
    /// A job id.
    public var job: Int64?
    /// A feature name (`duels`, `raids`, …): the jobs whose name belongs to it.
    public var feature: String?
    /// A job name (the `action` field of job log lines).
    public var action: String?

    public init(job: Int64? = nil, feature: String? = nil, action: String? = nil) {
        self.job = job
        self.feature = feature
        self.action = action
    }

    public var isEmpty: Bool { job == nil && feature == nil && action == nil }
}

/// `POST /v1/runbooks/{name}/run`. Dry run unless `apply`.
public struct RunbookRunRequest: Codable, Sendable, Equatable {
    public var filter: RunbookFilter
    public var apply: Bool

    public init(filter: RunbookFilter = RunbookFilter(), apply: Bool = false) {
        self.filter = filter
        self.apply = apply
    }
}

/// How one step came out.
public enum RunbookStepStatus: String, Codable, Sendable, CaseIterable {
    case ok
    /// The step found something to act on.
    case problem
    /// What the step looks at belongs to a feature this version does not have (its table is missing).
    case notInstalled = "not_installed"
    /// The step could not look (database down, schema behind).
    case notChecked = "not_checked"
}

public struct RunbookStepResult: Codable, Sendable, Equatable {
    public var title: String
    public var status: RunbookStepStatus
    /// One line, e.g. "3 failed jobs in 2 queues".
    public var summary: String
    /// One line per finding.
    public var details: [String]

    public init(title: String, status: RunbookStepStatus, summary: String, details: [String] = []) {
        self.title = title
        self.status = status
        self.summary = summary
        self.details = details
    }
}

/// What `--apply` did (or, in a dry run, would do).
public struct RunbookActionResult: Codable, Sendable, Equatable {
    public var description: String
    /// False in a dry run, or when the daemon refused this one.
    public var done: Bool

    public init(description: String, done: Bool) {
        self.description = description
        self.done = done
    }
}

/// The answer to `POST /v1/runbooks/{name}/run`.
///
/// ```swift
/// let report = try await client.runRunbook("stuck-jobs", RunbookRunRequest(filter: .init(action: "duel.round.close")))
/// if report.hasProblems { print(report.steps.filter { $0.status == .problem }.map(\.summary)) }
/// ```
public struct RunbookReport: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    public var filter: RunbookFilter
    public var applied: Bool
    public var steps: [RunbookStepResult]
    public var actions: [RunbookActionResult]
    /// The seed's manual steps the daemon cannot do for the operator (restart, do not spam-post).
    public var advice: [String]
    public var generatedAt: Date

    public init(name: String, title: String, filter: RunbookFilter, applied: Bool, steps: [RunbookStepResult],
                actions: [RunbookActionResult] = [], advice: [String] = [], generatedAt: Date = Date()) {
        self.name = name
        self.title = title
        self.filter = filter
        self.applied = applied
        self.steps = steps
        self.actions = actions
        self.advice = advice
        self.generatedAt = generatedAt
    }

    public var problemCount: Int { steps.filter { $0.status == .problem }.count }
    public var hasProblems: Bool { problemCount > 0 }
}
