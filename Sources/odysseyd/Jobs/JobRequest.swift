import Foundation
import Shared

/// A job to enqueue: its name and payload, and anything that differs from its definition's
/// defaults.
///
/// ```swift
/// var request = try JobRequest("mediator.repair.tick", payload: RepairTick(session: id))
/// request.startAfter = .delay(.seconds(120))
/// request.singletonKey = "repair:\(id)"
/// ```
struct JobRequest: Sendable {
    enum Start: Sendable, Equatable {
        case delay(Duration)
        case at(Date)
    }

    var name: String
    /// JSON text.
    var payload: String
    /// Bumped by a feature when its payload's shape changes, so a handler can read old jobs.
    var payloadVersion = 1
    var startAfter: Start?
    /// Higher runs first among jobs that are due.
    var priority = 0
    var retry: RetryPolicy?
    var expireAfter: Duration?
    /// At most one waiting job per (name, key); a second enqueue returns the first.
    var singletonKey: String?
    /// With a singleton key: start no earlier than the next multiple of this window (counted
    /// from the Unix epoch), so every request within one window collapses into one run.
    var singletonWindow: Duration?

    init(_ name: String, payloadJSON: String = "{}") {
        self.name = name
        self.payload = payloadJSON
    }

    init(_ name: String, payload: some Encodable) throws {
        self.name = name
        self.payload = String(decoding: try ControlJSON.encoder.encode(payload), as: UTF8.self)
    }
}

/// What enqueue did: a new job, or the waiting one with the same singleton key.
struct EnqueuedJob: Sendable, Equatable {
    let id: Int64
    let created: Bool
    let runAt: Date
}
