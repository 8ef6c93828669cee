import Foundation
import Hummingbird
import Shared

/// The control API's backups: `GET /v1/backups` lists the dumps, `POST /v1/backups` makes one,
/// `POST /v1/backups/restore` restores one (409 when the live database is newer, unless forced),
/// `POST /v1/backups/schedule` switches the hourly backup on or off.
///
/// Making and restoring work in maintenance too: a restore may be what gets the daemon out of it.
///
/// ```swift
/// BackupControlRoutes(service: backups, scheduler: jobs.scheduler, schema: gate).register(on: router)
/// ```
struct BackupControlRoutes: Sendable {
    let service: BackupService
    let scheduler: Scheduler
    let schema: SchemaGate

    func register(on router: Router<ControlRequestContext>) {
        let backups = router.group("v1/backups")
        backups.get { _, _ in
            try await Self.mapErrors {
                let entries = try service.store.list()
                return try JSONResponse(BackupListResponse(
                    directory: service.store.directory, keep: service.keep,
                    backups: entries.map { Self.summary(name: $0.name, metadata: $0.metadata) }
                ))
            }
        }
        backups.post { _, _ in
            try await Self.mapErrors {
                let created = try await service.create()
                return try JSONResponse(BackupCreateResponse(backup: Self.summary(name: created.name, metadata: created.metadata), pruned: created.pruned))
            }
        }
        backups.post("restore") { request, _ in
            try await Self.mapErrors {
                let body = try await ControlRequestBody.decode(BackupRestoreRequest.self, from: request)
                let restored = try await service.restore(body.name, force: body.force)
                return try JSONResponse(BackupRestoreResponse(backup: Self.summary(name: restored.name, metadata: restored.metadata), overridden: restored.overridden))
            }
        }
        backups.post("schedule") { request, _ in
            try await Self.mapErrors {
                let body = try await ControlRequestBody.decode(BackupScheduleRequest.self, from: request)
                guard await schema.isRunning else {
                    throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
                }
                try await BackupSchedule.ensure(database: service.pool)
                guard let summary = try await scheduler.setEnabled(BackupSchedule.name, body.enabled) else {
                    throw HTTPError(.internalServerError, message: "the \(BackupSchedule.name) schedule vanished while switching it")
                }
                return try JSONResponse(summary)
            }
        }
    }

    static func summary(name: String, metadata: BackupMetadata?) -> BackupSummary {
        BackupSummary(name: name, complete: metadata != nil, createdAt: metadata?.createdAt, database: metadata?.database,
                      lastMigration: metadata?.lastMigration, sizeBytes: metadata?.sizeBytes, sha256: metadata?.sha256,
                      dataWatermark: metadata?.dataWatermark)
    }

    static func mapErrors(_ body: () async throws -> JSONResponse) async throws -> JSONResponse {
        try await ControlRoutes.mapErrors {
            do {
                return try await body()
            } catch let error as BackupError {
                switch error {
                case .invalidName: throw HTTPError(.badRequest, message: error.description)
                case .notFound: throw HTTPError(.notFound, message: error.description)
                case .newerDatabase: throw HTTPError(.conflict, message: error.description)
                case .damaged: throw HTTPError(.unprocessableContent, message: error.description)
                case .toolMissing, .toolFailed, .storage: throw HTTPError(.internalServerError, message: error.description)
                }
            }
        }
    }
}
