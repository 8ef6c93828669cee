import ArgumentParser
import Foundation
import Shared

/// Runs the daemon in the foreground, as systemd (Type=notify) expects.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground (the default).",
        discussion: "SIGTERM or SIGINT stop it gracefully; SIGHUP reloads the log level."
    )

    @OptionGroup var options: ConfigurationOptions

    @Flag(help: "Validate the configuration, print it with secrets redacted, and exit.")
    var checkConfig = false

    func run() async throws {
        let processStart = ContinuousClock.now
        let (source, configuration) = try options.load()
        if checkConfig {
            var table = TextTable(columns: ["SETTING", "VALUE", "FROM"])
            for setting in configuration.describe(source: source) {
                table.append([setting.name, setting.value, setting.origin])
            }
            print(table.render())
            for name in DaemonConfiguration.unknownSettings(in: source) {
                print("warning: \(name) (from \(source[name]?.origin.rawValue ?? "?")) is not a setting odysseyd knows; it is ignored")
            }
            print("\nConfiguration is valid.")
            return
        }
        let logger = ConfigurationOptions.bootstrapLogging(configuration)
        for name in DaemonConfiguration.unknownSettings(in: source) {
            logger.warning("unknown setting ignored", metadata: ["setting": "\(name)", "from": "\(source[name]?.origin.rawValue ?? "?")"])
        }
        do {
            try await Daemon(
                configuration: configuration, envFile: options.envFile ?? ConfigurationOptions.defaultEnvFile,
                explicitEnvFile: options.envFile != nil, processStart: processStart, logger: logger
            ).run()
        } catch {
            logger.critical("odysseyd stopped on an error", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
    }
}
