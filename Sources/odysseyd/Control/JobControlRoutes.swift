import Foundation
import Hummingbird
import NIOCore
import Shared

/// The control API's `/v1/queues`, `/v1/jobs` and `/v1/schedules` routes.
struct JobControlRoutes: Sendable {
    let runner: JobRunner
    let schema: SchemaGate

    private var inspector: JobInspector { JobInspector(queue: runner.queue) }

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("queues") { _, _ in
            try await guarded { try JSONResponse(QueueListResponse(queues: try await inspector.queues())) }
        }
        v1.get("queues/:name") { _, context in
            try await guarded {
                let name = try context.parameters.require("name")
                guard let detail = try await inspector.queueDetail(name) else {
                    throw HTTPError(.notFound, message: "no queue \(name): no such job name and no jobs of that name")
                }
                return try JSONResponse(detail)
            }
        }
        v1.post("queues/:name/purge") { request, context in
            try await guarded {
                let name = try context.parameters.require("name")
                let body = try await ControlRequestBody.decode(QueuePurgeRequest.self, from: request)
                let purged = try await inspector.purge(name, state: body.state)
                return try JSONResponse(QueuePurgeResponse(name: name, state: body.state, purged: purged))
            }
        }
        v1.post("jobs") { request, _ in
            try await guarded {
                let body = try await ControlRequestBody.decode(JobEnqueueRequest.self, from: request)
                return try JSONResponse(try await enqueue(body), status: .created)
            }
        }
        v1.get("jobs/:id") { _, context in
            try await guarded {
                let id = try Self.jobID(context)
                guard let detail = try await inspector.job(id) else { throw HTTPError(.notFound, message: "no job \(id)") }
                return try JSONResponse(detail)
            }
        }
        v1.post("jobs/:id/retry") { _, context in
            try await guarded { try JSONResponse(try await inspector.retry(try Self.jobID(context))) }
        }
        v1.post("jobs/:id/cancel") { _, context in
            try await guarded { try JSONResponse(try await inspector.cancel(try Self.jobID(context))) }
        }
        v1.get("schedules") { _, _ in
            try await guarded { try JSONResponse(ScheduleListResponse(schedules: try await runner.scheduler.summaries())) }
        }
        v1.post("schedules/:name/enable") { _, context in
            try await guarded { try JSONResponse(try await setSchedule(try context.parameters.require("name"), enabled: true)) }
        }
        v1.post("schedules/:name/disable") { _, context in
            try await guarded { try JSONResponse(try await setSchedule(try context.parameters.require("name"), enabled: false)) }
        }
    }

    private func enqueue(_ body: JobEnqueueRequest) async throws -> JobEnqueueResponse {
        guard runner.queue.handlers.definition(for: body.name) != nil else {
            throw HTTPError(.badRequest, message: "unknown job name \(body.name); known: \(runner.queue.handlers.names.joined(separator: ", "))")
        }
        guard case .object = body.payload else {
            throw HTTPError(.badRequest, message: "the payload must be a JSON object, e.g. {\"guild_id\": \"123\"}")
        }
        if let delay = body.startAfterSeconds, !(0...(366 * 86_400)).contains(delay) {
            throw HTTPError(.badRequest, message: "start_after_seconds must be between 0 and one year, not \(delay)")
        }
        if let key = body.singletonKey, key.isEmpty || key.count > 200 {
            throw HTTPError(.badRequest, message: "a singleton key must be 1–200 characters")
        }
        var request = JobRequest(body.name, payloadJSON: String(decoding: try ControlJSON.encoder.encode(body.payload), as: UTF8.self))
        request.startAfter = body.startAfterSeconds.map { .delay(.milliseconds(Int64($0 * 1000))) }
        request.singletonKey = body.singletonKey
        request.priority = body.priority ?? 0
        let job = try await runner.queue.enqueue(request)
        return JobEnqueueResponse(id: job.id, created: job.created, runAt: job.runAt)
    }

    private func setSchedule(_ name: String, enabled: Bool) async throws -> ScheduleSummary {
        guard let summary = try await runner.scheduler.setEnabled(name, enabled) else {
            let known = try await runner.scheduler.load().map(\.name)
            throw HTTPError(.notFound, message: "no schedule \(name); known: \(known.joined(separator: ", "))")
        }
        runner.scheduleChanged()
        return summary
    }

    /// Refuses while the schema is behind (the job tables may not exist yet), then maps errors.
    private func guarded(_ body: () async throws -> JSONResponse) async throws -> JSONResponse {
        try await ControlRoutes.mapErrors {
            guard await schema.isRunning else {
                throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
            }
            do {
                return try await body()
            } catch let error as JobInspectorError {
                switch error {
                case .notFound(let message): throw HTTPError(.notFound, message: message)
                case .conflict(let message): throw HTTPError(.conflict, message: message)
                case .badRequest(let message): throw HTTPError(.badRequest, message: message)
                }
            } catch let error as JobQueueError {
                throw HTTPError(.badRequest, message: error.description)
            }
        }
    }

    private static func jobID(_ context: ControlRequestContext) throws -> Int64 {
        let text = try context.parameters.require("id")
        guard let id = Int64(text), id > 0 else { throw HTTPError(.badRequest, message: "\"\(text)\" is not a job id (a positive integer)") }
        return id
    }
}
