import Foundation
import Logging
import Shared

/// What a handler gets: the job, a logger tagged with `job_id`, and its payload decoded.
///
/// ```swift
/// handlers.register("mediator.repair.tick") { context in
///     let tick = try context.payload(as: RepairTick.self)
///     context.logger.info("repair tick", metadata: ["session": "\(tick.session)"])
/// }
/// ```
struct JobContext: Sendable {
    let job: ClaimedJob
    let logger: Logger

    /// Decodes the payload with the control API's JSON dialect (snake_case keys, ISO 8601
    /// dates); a payload that does not decode fails the job for good, since retrying cannot help.
    func payload<Payload: Decodable>(as type: Payload.Type = Payload.self) throws -> Payload {
        do {
            return try ControlJSON.decoder.decode(Payload.self, from: Data(job.payload.utf8))
        } catch {
            throw PermanentJobFailure("payload of \(job.name) job \(job.id) (version \(job.payloadVersion)) does not decode as \(Payload.self): \(error)")
        }
    }
}

/// Thrown by a handler for a failure that retrying cannot fix: the job goes to the dead letter
/// at once.
struct PermanentJobFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
