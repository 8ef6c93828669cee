import Foundation
import Logging
import Testing
@testable import odysseyd

@Suite("Configuration")
struct ConfigurationTests {
    func configuration(_ environment: [String: String], envFile: String? = nil) throws -> DaemonConfiguration {
        try DaemonConfiguration(source: ConfigurationSource.load(envFile: envFile, explicit: envFile != nil, environment: environment))
    }

    @Test func defaultsApplyWithNothingSet() throws {
        let configuration = try configuration([:])
        #expect(configuration.controlSocket == "/run/odysseyd/control.sock")
        #expect(configuration.httpHost == "127.0.0.1" && configuration.httpPort == 8080)
        #expect(configuration.shutdownTimeout == .seconds(25))
        #expect(configuration.logFormat == .json)
        #expect(configuration.autoMigrate == false)
        #expect(configuration.jobRetention == .seconds(7 * 86_400))
    }

    @Test(arguments: [
        ("ODYSSEY_HTTP_ADDRESS", "8080"),
        ("ODYSSEY_LOG_LEVEL", "loud"),
        ("ODYSSEY_LOG_FORMAT", "xml"),
        ("ODYSSEY_AUTO_MIGRATE", "maybe"),
        ("ODYSSEY_SHUTDOWN_TIMEOUT", "soon"),
        ("ODYSSEY_JOB_RETENTION", "30s"),
        ("ODYSSEY_JOB_RETENTION", "a week"),
        ("ODYSSEY_DB_POOL_SIZE", "0"),
        ("DISCORD_APPLICATION_ID", "abc"),
        ("DISCORD_PUBLIC_KEY", "short"),
        ("DISCORD_API_BASE_URL", "ftp://example"),
        ("DISCORD_GATEWAY_URL", "https://gateway.discord.gg"),
        ("DISCORD_INTENTS", "GUILDS,GUILD_MEMBRES"),
        ("DISCORD_INTENTS", ""),
        ("DISCORD_SHARD_COUNT", "0"),
        ("DISCORD_SHARDS", "0-1"),
        ("DATABASE_URL", "host=x bogus_keyword=1"),
    ])
    func invalidValueNamesTheSetting(name: String, value: String) {
        let error = #expect(throws: ConfigurationError.self) { try configuration([name: value]) }
        #expect(error?.setting == name)
        #expect(error?.description.contains(name) == true)
    }

    @Test func discordGatewaySettingsParse() throws {
        let defaults = try configuration([:])
        #expect(defaults.discordIntents == DaemonConfiguration.defaultIntents)
        #expect(defaults.discordShardCount == nil && defaults.discordShardIDs == nil && defaults.discordGatewayURL == nil)

        let split = try configuration([
            "DISCORD_INTENTS": "guilds, GUILD_VOICE_STATES", "DISCORD_SHARD_COUNT": "4", "DISCORD_SHARDS": "2-3",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:8090/gateway",
        ])
        #expect(split.discordIntents == [.guilds, .guildVoiceStates])
        #expect(split.discordShardCount == 4 && split.discordShardIDs == "2-3")
        #expect(try configuration(["DISCORD_INTENTS": "513"]).discordIntents == [.guilds, .guildMessages])
        let missingApplication = #expect(throws: ConfigurationError.self) { try configuration(["DISCORD_TOKEN": "token"]) }
        #expect(missingApplication?.setting == "DISCORD_APPLICATION_ID")
        let outOfRange = #expect(throws: ConfigurationError.self) { try configuration(["DISCORD_SHARD_COUNT": "2", "DISCORD_SHARDS": "0-2"]) }
        #expect(outOfRange?.setting == "DISCORD_SHARDS")
    }

    @Test func envFileIsReadAndEnvironmentWins() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("odysseyd-\(UUID()).env").path
        try """
            # comment
            export ODYSSEY_LOG_LEVEL=debug
            ODYSSEY_HTTP_ADDRESS="[::1]:9090"
            ODYSSEY_SHUTDOWN_TIMEOUT='5s'

            ODYSSEY_LOG_FORMAT=text
            """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = try configuration(["ODYSSEY_LOG_FORMAT": "json"], envFile: path)
        #expect(configuration.logLevel == .debug)
        #expect(configuration.httpHost == "::1" && configuration.httpPort == 9090)
        #expect(configuration.shutdownTimeout == .seconds(5))
        #expect(configuration.logFormat == .json)
    }

    @Test func malformedEnvFileLineIsNamedWithItsLineNumber() {
        let error = #expect(throws: ConfigurationError.self) { try EnvFile.parse("A=1\nthis is not a setting\n", path: "/etc/odyssey/odysseyd.env") }
        #expect(error?.setting == "/etc/odyssey/odysseyd.env:2")
    }

    @Test func missingExplicitEnvFileIsAnErrorButDefaultIsOptional() throws {
        #expect(throws: ConfigurationError.self) { try ConfigurationSource.load(envFile: "/nonexistent/odysseyd.env", explicit: true, environment: [:]) }
        _ = try ConfigurationSource.load(envFile: "/nonexistent/odysseyd.env", explicit: false, environment: [:])
    }

    @Test func secretsComeFromSystemdCredentials() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Bot-secret-token\n".write(to: directory.appendingPathComponent("DISCORD_TOKEN"), atomically: true, encoding: .utf8)
        let source = try ConfigurationSource.load(envFile: nil, explicit: false, environment: [
            "CREDENTIALS_DIRECTORY": directory.path, "DISCORD_APPLICATION_ID": "1234567890123456789",
        ])
        let configuration = try DaemonConfiguration(source: source)
        #expect(configuration.discordToken == "Bot-secret-token")
        #expect(source["DISCORD_TOKEN"]?.origin == .credential)
    }

    @Test func describedConfigurationRedactsSecrets() throws {
        let environment = [
            "DATABASE_URL": "postgres://odyssey:hunter2@db.internal:5432/odyssey",
            "DISCORD_TOKEN": "MTIz.secret.token",
            "DISCORD_APPLICATION_ID": "1234567890123456789",
        ]
        let source = try ConfigurationSource.load(envFile: nil, explicit: false, environment: environment)
        let lines = try DaemonConfiguration(source: source).describe(source: source)
        let text = lines.map { "\($0.name)=\($0.value) (\($0.origin))" }.joined(separator: "\n")
        #expect(!text.contains("hunter2"))
        #expect(!text.contains("MTIz.secret.token"))
        #expect(text.contains("password=(redacted)"))
        #expect(text.contains("host=db.internal"))
    }

    @Test func unknownNamesAreReportedNotSilentlyDropped() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("odysseyd-\(UUID()).env").path
        try "PGHOST=db.internal\nODYSSEY_LOG_LEVEL=debug\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try ConfigurationSource.load(envFile: path, explicit: true, environment: ["ODYSSEY_LOGLEVEL": "debug", "HOME": "/root"])
        #expect(DaemonConfiguration.unknownSettings(in: source) == ["ODYSSEY_LOGLEVEL", "PGHOST"])
    }

    @Test func ipv6AddressIsShownBracketed() throws {
        let source = try ConfigurationSource.load(envFile: nil, explicit: false, environment: ["ODYSSEY_HTTP_ADDRESS": "[::]:8080"])
        let shown = try DaemonConfiguration(source: source).describe(source: source).first { $0.name == "ODYSSEY_HTTP_ADDRESS" }
        #expect(shown?.value == "[::]:8080")
    }

    @Test(arguments: [("25s", 25_000), ("500ms", 500), ("2m", 120_000), ("10", 10_000), ("1.5s", 1500), ("7d", 604_800_000)])
    func durations(text: String, milliseconds: Int64) throws {
        #expect(try DaemonConfiguration.parseDuration(text, setting: "X") == .milliseconds(milliseconds))
    }
}

@Suite("Structured logs")
struct StructuredLogHandlerTests {
    @Test func jsonLineCarriesMetadataAndJournaldPriority() throws {
        let handler = StructuredLogHandler(label: "odysseyd", format: .json, journald: true, metadataProvider: nil)
        let line = handler.render(level: .warning, message: "slow", metadata: ["job_id": "42", "feature": "dice"], source: "odysseyd")
        #expect(line.hasPrefix("<4>{"))
        let object = try JSONSerialization.jsonObject(with: Data(line.dropFirst(3).utf8)) as? [String: Any]
        #expect(object?["msg"] as? String == "slow")
        #expect(object?["level"] as? String == "warning")
        #expect(object?["job_id"] as? String == "42")
        #expect(object?["feature"] as? String == "dice")
    }

    @Test func taskLocalContextReachesEveryLine() async {
        let metadata = await LogContext.withMetadata(["correlation_id": "c-1", "action": "roll"]) {
            await LogContext.withMetadata(["user_id": "7"]) { LogContext.provider.get() }
        }
        #expect(metadata["correlation_id"] == "c-1")
        #expect(metadata["action"] == "roll")
        #expect(metadata["user_id"] == "7")
    }

    @Test func textLineQuotesValuesWithSpaces() {
        let handler = StructuredLogHandler(label: "odysseyd", format: .text, journald: true, metadataProvider: nil)
        let line = handler.render(level: .info, message: "hello", metadata: ["error": "no route", "a": "b"], source: "")
        #expect(line == "<6>INFO odysseyd: hello a=b error=\"no route\"")
    }
}
