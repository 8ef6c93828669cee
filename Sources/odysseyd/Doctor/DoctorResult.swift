import Shared

/// What a ``DoctorCheck`` found: its status, a one-line summary, a line per finding and the fix.
///
/// ```swift
/// return .failure("token rejected", details: ["GET /users/@me answered 401"], fix: "Set DISCORD_TOKEN to the bot's token")
/// ```
struct DoctorResult: Sendable, Equatable {
    var status: DoctorStatus
    var summary: String
    var details: [String] = []
    var fix: String? = nil

    static func ok(_ summary: String, details: [String] = []) -> DoctorResult {
        DoctorResult(status: .ok, summary: summary, details: details)
    }

    static func warning(_ summary: String, details: [String] = [], fix: String? = nil) -> DoctorResult {
        DoctorResult(status: .warning, summary: summary, details: details, fix: fix)
    }

    static func failure(_ summary: String, details: [String] = [], fix: String? = nil) -> DoctorResult {
        DoctorResult(status: .failure, summary: summary, details: details, fix: fix)
    }

    /// For checks that read tables the schema may not have yet (the daemon is in maintenance).
    static func schemaNotReady(in language: Language) -> DoctorResult {
        let say = DoctorText(language)
        return .warning(say(MessageKeys.DoctorChecks.schemaNotReady), fix: say(MessageKeys.DoctorChecks.schemaNotReadyFix))
    }

    /// Findings that became a thrown error (the database went away mid-check). `what` is the
    /// check's own phrase in `language` ("read the setup rows"); the error stays as thrown.
    static func error(_ error: any Error, doing what: String, in language: Language) -> DoctorResult {
        let say = DoctorText(language)
        return .failure(say(MessageKeys.DoctorChecks.error, ["action": what]), details: ["\(error)"],
                        fix: say(MessageKeys.DoctorChecks.errorFix))
    }

    /// Failure if any finding is a failure, else warning if any, else ok: how checks that
    /// collect several findings combine them. Several findings are summed up in `language`.
    static func combine(_ findings: [DoctorFinding], ok: String, fix: String?, in language: Language) -> DoctorResult {
        let say = DoctorText(language)
        let failures = findings.filter { $0.status == .failure }
        let warnings = findings.filter { $0.status == .warning }
        if !failures.isEmpty {
            return .failure(failures.count == 1 ? failures[0].text : say.plural(MessageKeys.DoctorChecks.problems, failures.count),
                             details: (failures + warnings).map(\.text), fix: fix)
        }
        if !warnings.isEmpty {
            return .warning(warnings.count == 1 ? warnings[0].text : say.plural(MessageKeys.DoctorChecks.warnings, warnings.count),
                            details: warnings.map(\.text), fix: fix)
        }
        return .ok(ok, details: findings.map(\.text))
    }
}

/// One line of a check's findings with its weight; ``DoctorResult/combine(_:ok:fix:in:)`` turns
/// a list of them into a result.
struct DoctorFinding: Sendable, Equatable {
    var status: DoctorStatus
    var text: String

    static func failure(_ text: String) -> DoctorFinding { DoctorFinding(status: .failure, text: text) }
    static func warning(_ text: String) -> DoctorFinding { DoctorFinding(status: .warning, text: text) }
    static func note(_ text: String) -> DoctorFinding { DoctorFinding(status: .ok, text: text) }
}
