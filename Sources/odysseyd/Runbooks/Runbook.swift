import Shared

/// One of the operations seed's runbooks as something the daemon runs: each step looks at what
/// the seed says to check and says what it found; an action runs only when asked (`apply`).
///
/// ```swift
/// let runbook = StuckJobsRunbook(context: context)
/// let report = await runbook.run(filter: RunbookFilter(action: "duel.round.close"), apply: false)
/// if report.hasProblems { print(report.steps.map(\.summary)) }
/// ```
protocol Runbook: Sendable {
    /// The name `odysseyctl runbook run NAME` takes.
    var name: String { get }
    var title: String { get }
    var summary: String { get }
    /// What each step looks at, in order: what `runbook show` prints.
    var steps: [String] { get }
    /// What `--apply` does; nil for a runbook that only diagnoses.
    var action: String? { get }

    /// Never throws: a step that cannot look says so in its result. Throws only
    /// ``RunbookRefusal`` for a request that makes no sense (an `--apply` it cannot honour).
    func run(filter: RunbookFilter, apply: Bool) async throws -> RunbookReport
}

extension Runbook {
    var action: String? { nil }

    var info: RunbookInfo {
        RunbookInfo(name: name, title: title, summary: summary, steps: steps, action: action)
    }

    func report(filter: RunbookFilter, apply: Bool, steps: [RunbookStepResult], actions: [RunbookActionResult] = [],
                advice: [String] = []) -> RunbookReport {
        RunbookReport(name: name, title: title, filter: filter, applied: apply, steps: steps, actions: actions, advice: advice)
    }
}

/// A run request the runbook will not carry out; the control API answers 400 with the message.
struct RunbookRefusal: Error, CustomStringConvertible {
    var description: String
}
