import ArgumentParser
import Shared

extension Odysseyctl.Queue {
    /// `odysseyctl queue purge NAME --state STATE`: delete one queue's finished jobs in one state.
    ///
    /// ```
    /// $ odysseyctl queue purge duel.round.close --state failed
    /// Purged 3 failed jobs of duel.round.close.
    /// ```
    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a queue's finished jobs in one state.",
            discussion: """
                Only finished jobs can be purged: completed, failed (the dead letter) or \
                cancelled. Waiting, delayed, retrying and active jobs are never touched; \
                cancel them one by one with job cancel.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The queue, which is the job name, e.g. duel.round.close.", valueName: "name"))
        var name: String

        @Option(
            help: ArgumentHelp(
                "The state of the jobs to delete: \(Self.choices).",
                valueName: "state"
            ),
            completion: .list(JobState.purgeable.map(\.rawValue)),
            transform: Self.purgeableState
        )
        var state: JobState

        func validate() throws {
            guard !name.isEmpty else { throw ValidationError("The queue name is empty.") }
        }

        func run() async throws {
            let response = try await global.request { try await $0.purgeQueue(name, state: state) }
            global.output.emit(response, text: QueueRenderer.purgedText(for: response))
        }

        static let choices = JobState.purgeable.map(\.rawValue).joined(separator: ", ")

        /// Tells a real but unfinished state apart from a typo; both are usage errors (exit 64).
        @Sendable static func purgeableState(_ text: String) throws -> JobState {
            guard let state = JobState(rawValue: text) else {
                throw ValidationError("use one of \(choices)")
            }
            guard JobState.purgeable.contains(state) else {
                throw ValidationError("\(text) jobs are not finished and cannot be purged; use one of \(choices)")
            }
            return state
        }
    }
}
