import ArgumentParser
import Foundation
import Logging

/// `--env-file`, shared by every odysseyd command, and the start-up steps they share.
struct ConfigurationOptions: ParsableArguments {
    static let defaultEnvFile = "/etc/odyssey/odysseyd.env"

    @Option(name: .long, help: ArgumentHelp("Read settings from this env file.", valueName: "path"))
    var envFile: String?

    /// Loads and validates; an invalid value exits 78 (EX_CONFIG) naming the setting.
    func load() throws -> (ConfigurationSource, DaemonConfiguration) {
        do {
            let source = try ConfigurationSource.load(envFile: envFile ?? Self.defaultEnvFile, explicit: envFile != nil)
            return (source, try DaemonConfiguration(source: source))
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("odysseyd: \(error)\n".utf8))
            throw ExitCode(78)
        }
    }

    /// Sets up swift-log once per process with the configured format and level.
    static func bootstrapLogging(_ configuration: DaemonConfiguration) -> Logger {
        LiveLogLevel.shared.current = configuration.logLevel
        let journald = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil
        LoggingSystem.bootstrap({ label, provider in
            StructuredLogHandler(label: label, format: configuration.logFormat, journald: journald, metadataProvider: provider)
        }, metadataProvider: LogContext.provider)
        return Logger(label: "odysseyd")
    }
}
