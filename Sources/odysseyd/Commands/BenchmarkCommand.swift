import ArgumentParser
import Foundation
import Logging

/// `odysseyd benchmark jobs`: the job system's fixed workloads against a real database, figures
/// printed. Hidden: it is a developer's tool, run by `scripts/benchmark`.
struct BenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure the job system against a scratch database.",
        discussion: """
            Creates the job tables in the database DATABASE_URL names (it must be empty or a \
            previous benchmark's: every run starts by truncating the job tables), then runs the \
            fixed workloads and prints their figures. Build with -c release; see scripts/benchmark.
            """,
        shouldDisplay: false
    )

    @Option(help: "libpq conninfo or URL of a scratch database (default: DATABASE_URL).")
    var database: String?

    @Option(help: "Seconds of the steady processing workload.")
    var seconds = 30

    @Option(help: "Jobs in the drain workload's backlog.")
    var backlog = 50_000

    @Option(help: "Enqueue-to-start samples on an idle queue.")
    var samples = 1000

    @Option(help: "Consumers (job runners, as separate daemons would be) in the processing and drain workloads.")
    var consumers = 5

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        guard let conninfo = database ?? ProcessInfo.processInfo.environment["DATABASE_URL"], !conninfo.isEmpty else {
            throw ValidationError("name a scratch database with --database or DATABASE_URL")
        }
        var logger = Logger(label: "benchmark")
        logger.logLevel = .error
        let benchmark = JobBenchmark(settings: try ConnectionSettings(conninfo: conninfo), logger: logger, consumers: consumers)
        let report = try await benchmark.run(seconds: seconds, backlog: backlog, samples: samples) { line in
            if !json { print(line) }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
    }
}
