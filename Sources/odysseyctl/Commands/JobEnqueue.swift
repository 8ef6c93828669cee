import ArgumentParser
import Shared

extension Odysseyctl.Job {
    /// `odysseyctl job enqueue NAME`: add a job by hand, as the daemon's own code would.
    ///
    /// ```
    /// $ odysseyctl job enqueue duel.round.close --payload '{"round_id": 7}' --start-after 2m
    /// Enqueued job 42 (duel.round.close), runs at 2025-11-22 03:00:20 +00:00 (in 2m).
    /// $ odysseyctl job enqueue duel.round.close --singleton-key round-7
    /// A waiting job with singleton key round-7 already exists: job 41.
    /// ```
    struct Enqueue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a job to a queue.",
            discussion: """
                With --singleton-key, a job that is still waiting with the same key absorbs \
                this one: nothing new is enqueued, the command names the existing job and \
                exits 0.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The job name, e.g. duel.round.close.", valueName: "name"))
        var name: String

        @Option(
            help: ArgumentHelp(
                "The job's payload as JSON, as its handler will receive it.",
                discussion: "Defaults to {}.",
                valueName: "json"
            ),
            transform: JobPayloadArgument.parse
        )
        var payload: JSONValue?

        @Option(
            parsing: .unconditional,
            help: ArgumentHelp(
                "How long to wait before the first attempt, e.g. \(DurationArgument.examples).",
                discussion: "Without it the job can run at once.",
                valueName: "duration"
            ),
            transform: DurationArgument.seconds
        )
        var startAfter: Int?

        @Option(help: ArgumentHelp("Enqueue nothing if a job with this key is already waiting.", valueName: "key"))
        var singletonKey: String?

        @Option(
            parsing: .unconditional,
            help: ArgumentHelp("Jobs with a higher priority run first; the daemon's default when omitted.", valueName: "n")
        )
        var priority: Int?

        func validate() throws {
            guard !name.isEmpty else { throw ValidationError("The job name is empty.") }
            if singletonKey?.isEmpty == true {
                throw ValidationError("The singleton key is empty; leave out --singleton-key instead.")
            }
        }

        var request: JobEnqueueRequest {
            JobEnqueueRequest(
                name: name,
                payload: payload ?? .object([:]),
                startAfterSeconds: startAfter.map(Double.init),
                singletonKey: singletonKey,
                priority: priority
            )
        }

        func run() async throws {
            let request = request
            let response = try await global.request { try await $0.enqueueJob(request) }
            global.output.emit(response, text: JobRenderer.enqueuedText(for: response, request: request))
        }
    }
}
