import ArgumentParser
import Foundation
import Logging

/// `odysseyd benchmark jobs|discord|dice|mileage`: fixed workloads whose figures are printed. Hidden: it is a
/// developer's tool, run by `scripts/benchmark`. `jobs` is the default, so `odysseyd benchmark
/// --database …` still runs the job benchmark.
struct BenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure the job system, the Discord gateway path, the dice engine or mileage awards.",
        shouldDisplay: false,
        subcommands: [Jobs.self, Discord.self, Dice.self, Mileage.self],
        defaultSubcommand: Jobs.self
    )

    /// The job system against a scratch database.
    struct Jobs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jobs",
            abstract: "Measure the job system against a scratch database.",
            discussion: """
                Creates the job tables in the database DATABASE_URL names (it must be empty or a \
                previous benchmark's: every run starts by truncating the job tables), then runs the \
                fixed workloads and prints their figures. Build with -c release; see scripts/benchmark.
                """
        )

        @OptionGroup var scratch: ScratchDatabaseOption

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
            let logger = BenchmarkCommand.quietLogger
            let benchmark = JobBenchmark(settings: try scratch.settings(), logger: logger, consumers: consumers)
            let report = try await benchmark.run(seconds: seconds, backlog: backlog, samples: samples) { line in
                if !json { print(line) }
            }
            if json { print(try BenchmarkCommand.prettyJSON(report)) }
        }
    }

    /// Gateway dispatch routing, interaction latency and cache memory, in process.
    struct Discord: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "discord",
            abstract: "Measure gateway dispatch routing, interaction latency and guild cache memory.",
            discussion: """
                Runs in process, no database or Discord needed: dispatches decoded and routed per \
                second, INTERACTION_CREATE → callback latency over loopback HTTP, and resident memory \
                with 1, 1,000 and 10,000 guilds cached. Build with -c release; see scripts/benchmark.
                """
        )

        @Option(help: "Dispatches per throughput workload.")
        var dispatches = 200_000

        @Option(help: "Interaction latency samples.")
        var samples = 2000

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() async throws {
            let logger = BenchmarkCommand.quietLogger
            let report = try await DiscordBenchmark(logger: logger).run(dispatches: dispatches, samples: samples) { line in
                if !json { print(line) }
            }
            if json { print(try BenchmarkCommand.prettyJSON(report)) }
        }
    }

    /// The dice engine: parse + evaluate (+ format) per second, in process.
    struct Dice: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dice",
            abstract: "Measure the dice engine: expressions parsed and evaluated per second.",
            discussion: """
                Runs in process with a seeded generator: simple rolls, keep/drop, exploding dice, \
                rerolls, sets, the 1,000-dice worst case and formatting, each reported in \
                expressions per second, then overall. Build with -c release; see scripts/benchmark.
                """
        )

        @Option(help: "Rolls per class (the 1,000-dice class runs 2% of this, formatting 10%).")
        var iterations = 50_000

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() async throws {
            guard iterations > 0 else { throw ValidationError("--iterations must be positive") }
            let report = try DiceBenchmark().run(iterations: iterations) { line in
                if !json { print(line) }
            }
            if json { print(try BenchmarkCommand.prettyJSON(report)) }
        }
    }

    /// Mileage awards through the whole path, against a scratch database.
    struct Mileage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mileage",
            abstract: "Measure mileage awards per second: dispatch → hook → transaction → tier check.",
            discussion: """
                Creates the tables in the database DATABASE_URL names (it must be empty or a \
                previous benchmark's: every run starts by truncating the job and mileage tables), then \
                routes MESSAGE_CREATE dispatches from concurrent producers through the gateway hook \
                and the award transaction, and prints awards per second; then the same for events \
                refused by the cooldown and for redelivered duplicates. Build with -c release; see \
                scripts/benchmark.
                """
        )

        @OptionGroup var scratch: ScratchDatabaseOption

        @Option(help: "Awards to make (rounded up to whole rounds of 2,000 members).")
        var awards = 20_000

        @Option(help: "Concurrent producers (shards delivering events).")
        var producers = 8

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() async throws {
            guard awards > 0, producers > 0 else { throw ValidationError("--awards and --producers must be positive") }
            let logger = BenchmarkCommand.quietLogger
            let report = try await MileageBenchmark(settings: try scratch.settings(), logger: logger)
                .run(awards: awards, producers: producers) { line in
                    if !json { print(line) }
                }
            if json { print(try BenchmarkCommand.prettyJSON(report)) }
        }
    }

    /// Errors only: a benchmark prints its own figures.
    static var quietLogger: Logger {
        var logger = Logger(label: "benchmark")
        logger.logLevel = .error
        return logger
    }

    static func prettyJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// `--database`: the scratch database a benchmark may truncate, or DATABASE_URL.
struct ScratchDatabaseOption: ParsableArguments {
    @Option(help: "libpq conninfo or URL of a scratch database (default: DATABASE_URL).")
    var database: String?

    func settings() throws -> ConnectionSettings {
        guard let conninfo = database ?? ProcessInfo.processInfo.environment["DATABASE_URL"], !conninfo.isEmpty else {
            throw ValidationError("name a scratch database with --database or DATABASE_URL")
        }
        return try ConnectionSettings(conninfo: conninfo)
    }
}
