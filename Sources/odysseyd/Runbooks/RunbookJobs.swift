import Foundation
import Shared

/// The job rows a runbook reads, narrowed by a ``RunbookFilter``: open jobs from `jobs`, failed
/// ones from the dead letter.
///
/// ```swift
/// let failed = try await RunbookJobs(context: context, filter: filter).failed()
/// ```
struct RunbookJobs: Sendable {
    struct Row: Sendable {
        var id: Int64
        var name: String
        /// `waiting`, `retrying`, `active` or `failed`.
        var state: String
        var attempts: Int
        var maxAttempts: Int
        var singletonKey: String?
        var runAt: Date
        var startedAt: Date?
        var finishedAt: Date?
        var lastError: String?
    }

    let context: RunbookContext
    let filter: RunbookFilter
    /// Only these names when set (the projection runbook's refresh queues).
    var names: Set<String>? = nil

    /// The seed's filters: a job id, a job name (`action`), a feature (by the job name's prefix).
    func matches(name: String) -> Bool {
        if let names, !names.contains(name) { return false }
        if let action = filter.action, action != name { return false }
        if let feature = filter.feature, JobFeature.name(forJob: name) != feature { return false }
        return true
    }

    func matches(_ row: Row) -> Bool {
        matches(name: row.name) && (filter.job.map { $0 == row.id } ?? true)
    }

    /// Waiting, delayed, retrying and running jobs, oldest `run_at` first.
    func open(limit: Int = 500) async throws -> [Row] {
        let result = try await context.pool.query("""
            SELECT \(Self.columns), NULL::timestamptz AS finished_at FROM jobs
            WHERE ($1::text IS NULL OR name = $1) AND ($2::bigint IS NULL OR id = $2)
            ORDER BY run_at, id LIMIT $3
            """, [filter.action, filter.job, limit])
        return try result.rows.map(Self.row).filter(matches)
    }

    /// The dead letter, most recent first.
    func failed(limit: Int = 500) async throws -> [Row] {
        let result = try await context.pool.query("""
            SELECT \(Self.columns), finished_at FROM jobs_archive
            WHERE state = 'failed' AND ($1::text IS NULL OR name = $1) AND ($2::bigint IS NULL OR id = $2)
            ORDER BY finished_at DESC, id DESC LIMIT $3
            """, [filter.action, filter.job, limit])
        return try result.rows.map(Self.row).filter(matches)
    }

    private static let columns = "id, name, state, attempts, max_attempts, singleton_key, run_at, started_at, last_error"

    private static func row(_ row: PostgresRow) throws -> Row {
        Row(id: try row.decode(column: "id"), name: try row.decode(column: "name"), state: try row.decode(column: "state"),
            attempts: try row.decode(column: "attempts"), maxAttempts: try row.decode(column: "max_attempts"),
            singletonKey: try row.decode(column: "singleton_key"), runAt: try row.decode(column: "run_at"),
            startedAt: try row.decode(column: "started_at"), finishedAt: try row.decode(column: "finished_at"),
            lastError: try row.decode(column: "last_error"))
    }

    /// "job 42 duel.round.close (3/5 attempts): boom", errors cut to one line.
    static func line(_ row: Row, now: Date) -> String {
        var text = "job \(row.id) \(row.name)"
        if let key = row.singletonKey { text += " [\(key)]" }
        text += " \(row.state == "waiting" && row.runAt > now ? "delayed" : row.state), \(row.attempts)/\(row.maxAttempts) attempts"
        if row.state == "waiting" || row.state == "retrying" {
            let age = now.timeIntervalSince(row.runAt)
            text += age >= 0 ? ", due \(Self.seconds(age)) ago" : ", next run in \(Self.seconds(-age))"
        }
        if let error = row.lastError {
            let first = error.split(separator: "\n").first.map(String.init) ?? error
            text += ": " + (first.count > 160 ? first.prefix(157) + "..." : first)
        }
        return text
    }

    static func seconds(_ value: TimeInterval) -> String {
        let whole = Int(value.rounded())
        if whole < 120 { return "\(whole)s" }
        if whole < 7200 { return "\(whole / 60)m" }
        return "\(whole / 3600)h"
    }
}
