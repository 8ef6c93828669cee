import Logging

/// Task-local log metadata: everything logged inside `withMetadata` carries these fields, so an
/// interaction or job path tags its lines once at the top.
///
/// ```swift
/// await LogContext.withMetadata(["correlation_id": "\(id)", "feature": "dice", "action": "roll"]) {
///     logger.info("rolled")   // carries correlation_id, feature and action
/// }
/// ```
enum LogContext {
    /// The fields every interaction and job path carries (ARCHITECTURE.md §5).
    static let pathFields = ["correlation_id", "interaction_id", "job_id", "guild_id", "user_id", "feature", "action"]

    @TaskLocal static var metadata: Logger.Metadata = [:]

    static func withMetadata<Result>(
        _ metadata: Logger.Metadata, _ body: () async throws -> Result
    ) async rethrows -> Result {
        try await $metadata.withValue(self.metadata.merging(metadata) { _, new in new }, operation: body)
    }

    static let provider = Logger.MetadataProvider { metadata }
}
